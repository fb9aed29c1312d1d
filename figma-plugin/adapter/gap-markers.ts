import type { SceneNode } from '@figma/plugin-typings/plugin-api-standalone';
import { decodeMarker, encodeMarker, FIGMA_MARKER_KEY, FIGMA_MARKER_NAMESPACE, GAP_MARKER_TEXTS, LOCALES } from '../../core/index.ts';
import type { GapCell, Rect } from '../../core/index.ts';
import { GAP_MARKER_HEX, GAP_MARKER_INK, solidPaint } from './colors.ts';
import { mark, place } from './draw-nodes.ts';
import type { Container } from './draw-nodes.ts';
import { drawingEditorOf } from './figma-api.ts';
import type { FigmaApi } from './figma-api.ts';
import { removeNodes } from './figma-plan-writer.ts';
import { FontBook } from './font-book.ts';
import { PLATFORM_PROFILES } from '../../core/index.ts';

/** A gap cell and the container (section or frame) of its map, if it has one. */
export interface GapMarkerTarget {
  readonly cell: GapCell;
  /** Id of the section or frame holding the map; the marker goes inside it. */
  readonly containerId?: string;
}

/** Room left round a marker inside its cell. */
const INSET = 12;
/** The size of a marker that is not a sticky (design files, or a cell too small for one). */
const MARKER_WIDTH = 200;
const MARKER_HEIGHT = 96;
const MARKER_FONT_SIZE = 20;

/** The texts a gap marker can say, in every language: a marker showing another text was edited by a person. */
const MARKER_TEXTS: ReadonlySet<string> = new Set(Object.values(GAP_MARKER_TEXTS).flatMap((texts) => LOCALES.map((locale) => texts[locale])));

/** What a gap marker shows now. */
function textOf(node: SceneNode): string | undefined {
  if (node.type === 'STICKY' || node.type === 'SHAPE_WITH_TEXT') return node.text.characters;
  if (node.type === 'FRAME') {
    const text = node.children.find((child) => child.type === 'TEXT');
    return text?.type === 'TEXT' ? text.characters : undefined;
  }
  return undefined;
}

/**
 * The gap markers the plugin placed that still say what it wrote. A marker a person rewrote is
 * theirs now: it stays.
 */
export function findGapMarkers(figma: Pick<FigmaApi, 'currentPage'>): SceneNode[] {
  const marked = figma.currentPage.findAllWithCriteria({ sharedPluginData: { namespace: FIGMA_MARKER_NAMESPACE, keys: [FIGMA_MARKER_KEY] } });
  return marked.filter((node) => {
    if (decodeMarker(node.getSharedPluginData(FIGMA_MARKER_NAMESPACE, FIGMA_MARKER_KEY))?.role !== 'gap-marker') return false;
    const text = textOf(node);
    return text !== undefined && MARKER_TEXTS.has(text.trim());
  });
}

/** Removes the plugin's gap markers from the current page (before an audit reads it). Resolves to their ids. */
export function removeGapMarkers(figma: Pick<FigmaApi, 'currentPage'>): string[] {
  const markers = findGapMarkers(figma);
  const ids = markers.map((node) => node.id);
  removeNodes(markers);
  return ids;
}

/**
 * Puts a red marker into each gap cell: a FigJam sticky when the cell has room for one (a sticky
 * is 240 wide and cannot be shrunk), else a red shape with text; a red card in design files. The
 * marker sits in the cell's top-left corner inside the map's section or frame, carries a
 * `gap-marker` marker (the reader ignores it) and is removed by the next audit. All or none: if
 * one fails, those already placed are removed. Resolves to the new nodes.
 */
export async function placeGapMarkers(figma: FigmaApi, targets: readonly GapMarkerTarget[]): Promise<SceneNode[]> {
  const editor = drawingEditorOf(figma);
  if (!editor || targets.length === 0) return [];
  const profile = PLATFORM_PROFILES[editor];
  const fonts = await FontBook.load(figma, [profile.fonts.note]);
  const font = fonts.fontFor(profile.fonts.note);
  /** Every node created (card labels too), for the rollback; `markers` are the markers themselves. */
  const made: SceneNode[] = [];
  const markers: SceneNode[] = [];
  const containers = new Map<string, { node: Container; rect: Rect } | undefined>();
  try {
    for (const { cell, containerId } of targets) {
      let holder = containerId === undefined ? undefined : containers.get(containerId);
      if (containerId !== undefined && !containers.has(containerId)) {
        const node = await figma.getNodeByIdAsync(containerId);
        const box = node && 'absoluteBoundingBox' in node ? node.absoluteBoundingBox : null;
        holder = node && !node.removed && box && 'appendChild' in node ? { node: node as unknown as Container, rect: box } : undefined;
        containers.set(containerId, holder);
      }
      // The map was deleted (or is no container any more) since the audit read it: its gaps are
      // gone with it, and a marker would be a stray on the page.
      if (containerId !== undefined && !holder) continue;
      const at = holder ? { parent: holder.node, parentRect: holder.rect } : {};
      const room = { width: cell.rect.width - 2 * INSET, height: cell.rect.height - 2 * INSET };
      const corner = { x: cell.rect.x + INSET, y: cell.rect.y + INSET };
      let node: SceneNode;
      if (editor === 'figjam' && room.width >= profile.note.width && room.height >= profile.note.width) {
        const sticky = figma.createSticky();
        // Recorded at once: a failure while drawing it must still remove it.
        made.push(sticky);
        place(sticky, { ...corner, width: profile.note.width, height: profile.note.width }, at);
        sticky.authorVisible = false;
        sticky.fills = [solidPaint(GAP_MARKER_HEX)];
        sticky.text.fontName = font;
        sticky.text.characters = cell.text;
        node = sticky;
      } else {
        const size = { width: Math.max(40, Math.min(MARKER_WIDTH, room.width)), height: Math.max(32, Math.min(MARKER_HEIGHT, room.height)) };
        node = editor === 'figjam' ? drawShapeMarker(figma, cell.text, font, size, made) : drawCardMarker(figma, cell.text, font, size, made);
        place(node, { ...corner, ...size }, at);
      }
      mark(node, encodeMarker({ map: 'audit', role: 'gap-marker', stage: cell.stage, layer: cell.layer }));
      markers.push(node);
    }
  } catch (error) {
    removeNodes([...made].reverse());
    throw error;
  }
  return markers;
}

function drawShapeMarker(figma: FigmaApi, text: string, font: { family: string; style: string }, size: { width: number; height: number }, made: SceneNode[]): SceneNode {
  const shape = figma.createShapeWithText();
  made.push(shape);
  shape.shapeType = 'ROUNDED_RECTANGLE';
  shape.resize(size.width, size.height);
  shape.fills = [solidPaint(GAP_MARKER_HEX)];
  shape.text.fontName = font;
  shape.text.fontSize = MARKER_FONT_SIZE;
  shape.text.characters = text;
  return shape;
}

function drawCardMarker(figma: FigmaApi, text: string, font: { family: string; style: string }, size: { width: number; height: number }, made: SceneNode[]): SceneNode {
  const card = figma.createFrame();
  made.push(card);
  card.resize(size.width, size.height);
  card.fills = [solidPaint(GAP_MARKER_HEX)];
  card.cornerRadius = 8;
  card.name = text;
  const label = figma.createText();
  made.push(label);
  card.appendChild(label);
  label.x = 8;
  label.y = 8;
  label.fontName = font;
  label.fontSize = MARKER_FONT_SIZE;
  label.characters = text;
  label.resize(Math.max(1, size.width - 16), Math.max(1, size.height - 16));
  label.textAutoResize = 'HEIGHT';
  label.fills = [solidPaint(GAP_MARKER_INK)];
  return card;
}
