import type {
  BaseNode,
  ChildrenMixin,
  FontName,
  FrameNode,
  SceneNode,
  SectionNode,
  ShapeWithTextNode,
  StickyNode,
  TextNode,
} from '@figma/plugin-typings/plugin-api-standalone';
import { FIGMA_MARKER_KEY, FIGMA_MARKER_NAMESPACE, toParentRelative } from '../../core/index.ts';
import type { ColorToken, PlanDotItem, PlanFrameItem, PlanLineItem, PlanShapeItem, PlanTextItem, PlatformProfile, Rect } from '../../core/index.ts';
import { INK, paintOf, solidPaint } from './colors.ts';
import type { DrawingEditor, FigmaApi } from './figma-api.ts';
import type { FontBook } from './font-book.ts';

/** What drawing one node needs: the editor, its profile and the loaded fonts. */
export interface DrawContext {
  readonly figma: FigmaApi;
  readonly editor: DrawingEditor;
  readonly profile: PlatformProfile;
  readonly fonts: FontBook;
  /**
   * Every node created so far, recorded the moment it exists: a call that fails half-way through
   * drawing one item (after `createFrame`, before its text) must still be rolled back.
   */
  readonly made: SceneNode[];
}

/** Records a node just created, so a rollback finds it even if drawing it fails later. */
function track<T extends SceneNode>(context: DrawContext, node: T): T {
  context.made.push(node);
  return node;
}

/** A node that holds others: the map's section or frame, a card. */
export type Container = BaseNode & ChildrenMixin;

/** Where a node goes: into `parent`, whose page rectangle is `parentRect`; or onto the page. */
export interface Placement {
  readonly parent?: Container;
  readonly parentRect?: Rect;
}

/** Inner margin of a header or persona card's text in a design file. */
const SHAPE_PADDING = 12;
/** Corner radius of design-file cards. */
const CARD_RADIUS = 8;
/** Width of the emotion curve. */
const CURVE_WEIGHT = 3;

/**
 * Puts `node` into its parent at the page rectangle `rect`. A child's `x`/`y` are relative to
 * its container (sections and frames), so they are set after `appendChild`
 * (docs/figma-plugin-api.md, "Coordinates").
 */
export function place(node: SceneNode, rect: Rect, at: Placement): void {
  if (at.parent) at.parent.appendChild(node);
  const local = at.parentRect ? toParentRelative(rect, at.parentRect) : rect;
  node.x = local.x;
  node.y = local.y;
}

/** Stores the plan item's marker where the REST API returns it (`?plugin_data=shared`). */
export function mark(node: BaseNode, marker: string): void {
  node.setSharedPluginData(FIGMA_MARKER_NAMESPACE, FIGMA_MARKER_KEY, marker);
}

/**
 * Writes text: the font first (only the new font must be loaded to change it), then size and
 * characters, which need that font loaded (docs/figma-plugin-api.md, "Fonts").
 */
function writeText(text: Pick<TextNode, 'fontName' | 'fontSize' | 'characters'>, font: FontName, fontSize: number, characters: string): void {
  text.fontName = font;
  text.fontSize = fontSize;
  text.characters = characters;
}

/** The map's container: a FigJam section, or a top-level frame in a design file, named after the map. */
export function drawContainer(context: DrawContext, item: PlanFrameItem): SectionNode | FrameNode {
  const { figma } = context;
  const name = item.text.trim() || 'Journey map';
  if (context.editor === 'figjam') {
    const section = track(context, figma.createSection());
    section.name = name;
    // A new section is small: size it without moving anything (docs/figma-plugin-api.md, "Sections").
    section.resizeWithoutConstraints(item.rect.width, item.rect.height);
    place(section, item.rect, {});
    section.fills = [paintOf(item.color)];
    return section;
  }
  const frame = track(context, figma.createFrame());
  frame.name = name;
  frame.resize(item.rect.width, item.rect.height);
  place(frame, item.rect, {});
  frame.fills = [paintOf(item.color)];
  // Notes a person adds later may stick out; nothing of the map is hidden by the frame's edge.
  frame.clipsContent = false;
  return frame;
}

/** A text of its planned width whose height follows its content (the map title). */
export function drawText(context: DrawContext, item: PlanTextItem, at: Placement): TextNode {
  const text = track(context, context.figma.createText());
  place(text, item.rect, at);
  writeText(text, context.fonts.fontFor(context.profile.fonts.heading), item.fontSize ?? 24, item.text);
  // Fixed width, then the height follows the text, in the order Figma's own example uses
  // (docs/figma-plugin-api.md, "Text boxes").
  text.resize(item.rect.width, item.rect.height);
  text.textAutoResize = 'HEIGHT';
  text.fills = [solidPaint(INK)];
  return text;
}

/**
 * A header, a phase band, the persona block or a cell. Cells are plain rectangles in both
 * editors; the rest are shapes with text in FigJam and cards (a filled frame holding a text) in
 * design files, which is how the REST importer recognises them.
 */
export function drawShape(context: DrawContext, item: PlanShapeItem, at: Placement): SceneNode {
  const { figma } = context;
  if (item.role === 'cell' && item.text === '') {
    const cell = track(context, figma.createRectangle());
    cell.resize(item.rect.width, item.rect.height);
    place(cell, item.rect, at);
    cell.fills = [paintOf(item.color)];
    return cell;
  }
  const font = context.fonts.fontFor(item.role === 'persona' ? context.profile.fonts.text : context.profile.fonts.heading);
  if (context.editor === 'figjam') {
    const shape: ShapeWithTextNode = track(context, figma.createShapeWithText());
    shape.shapeType = item.role === 'persona' ? 'SQUARE' : 'ROUNDED_RECTANGLE';
    shape.resize(item.rect.width, item.rect.height);
    place(shape, item.rect, at);
    shape.fills = [paintOf(item.color)];
    writeText(shape.text, font, item.fontSize ?? 24, item.text);
    return shape;
  }
  return drawCard(context, item.rect, item.color, { font, fontSize: item.fontSize ?? 16, text: item.text, padding: SHAPE_PADDING }, at);
}

/** What a card shows. */
interface CardText {
  readonly font: FontName;
  readonly fontSize: number;
  readonly text: string;
  readonly padding: number;
}

/**
 * A design-file card: a filled frame with one text inside, the text as wide as the card less its
 * padding and as tall as its content.
 */
function drawCard(context: DrawContext, rect: Rect, color: ColorToken, content: CardText, at: Placement): FrameNode {
  const { figma } = context;
  const card = track(context, figma.createFrame());
  card.resize(rect.width, rect.height);
  place(card, rect, at);
  card.fills = [paintOf(color)];
  card.cornerRadius = CARD_RADIUS;
  const text = track(context, figma.createText());
  card.appendChild(text);
  text.x = content.padding;
  text.y = content.padding;
  writeText(text, content.font, content.fontSize, content.text);
  text.resize(Math.max(1, rect.width - 2 * content.padding), Math.max(1, rect.height - 2 * content.padding));
  text.textAutoResize = 'HEIGHT';
  text.fills = [solidPaint(INK)];
  card.name = content.text.slice(0, 60) || 'Card';
  return card;
}

/** A note drawn before the layout is final, with the height the editor gave it. */
export interface DrawnNote {
  readonly node: StickyNode | FrameNode;
  /** Its real height: the sticky's, or the card's text plus padding. */
  readonly height: number;
}

/**
 * Draws a note on the page to learn its real height: a FigJam sticky (240 or 416 wide, it grows
 * with its text and cannot be resized, docs/figma-plugin-api.md "Stickies"), or a design-file card
 * whose height is its text's plus padding. `rect` is where the first, estimated layout put it.
 */
export function drawNote(context: DrawContext, note: { readonly text: string; readonly color: ColorToken; readonly fontSize?: number; readonly rect: Rect }): DrawnNote {
  const { figma, profile } = context;
  const font = context.fonts.fontFor(profile.fonts.note);
  const fontSize = note.fontSize ?? profile.note.fontSize;
  if (context.editor === 'figjam') {
    const sticky = track(context, figma.createSticky());
    place(sticky, note.rect, {});
    // The author's name is no part of a generated map.
    sticky.authorVisible = false;
    if (profile.note.wideWidth !== undefined && note.rect.width >= profile.note.wideWidth) sticky.isWideWidth = true;
    sticky.fills = [paintOf(note.color)];
    writeText(sticky.text, font, fontSize, note.text);
    return { node: sticky, height: sticky.height };
  }
  const padding = profile.note.padding;
  const card = drawCard(context, note.rect, note.color, { font, fontSize, text: note.text, padding }, {});
  const text = card.children[0];
  const height = Math.ceil((text?.height ?? 0) + 2 * padding);
  card.resize(note.rect.width, Math.max(1, height));
  return { node: card, height };
}

/** Moves a drawn note to its final place (and a card to its final size). */
export function placeNote(note: DrawnNote, rect: Rect, at: Placement): void {
  place(note.node, rect, at);
  if (note.node.type === 'FRAME' && (note.node.width !== rect.width || note.node.height !== rect.height)) note.node.resize(rect.width, rect.height);
}

/** A dot of the emotion curve. */
export function drawDot(context: DrawContext, item: PlanDotItem, at: Placement): SceneNode {
  const dot = track(context, context.figma.createEllipse());
  dot.resize(Math.max(0.01, item.rect.width), Math.max(0.01, item.rect.height));
  place(dot, item.rect, at);
  dot.fills = [paintOf(item.color)];
  return dot;
}

/**
 * A segment of the emotion curve. A line is as long as its width and points along its rotation,
 * counter-clockwise about its start (docs/figma-plugin-api.md, "Lines").
 */
export function drawLine(context: DrawContext, item: PlanLineItem, at: Placement): SceneNode {
  const line = track(context, context.figma.createLine());
  const dx = item.to.x - item.from.x;
  const dy = item.to.y - item.from.y;
  line.resize(Math.max(0.01, Math.hypot(dx, dy)), 0);
  place(line, { x: item.from.x, y: item.from.y, width: 0, height: 0 }, at);
  line.rotation = (-Math.atan2(dy, dx) * 180) / Math.PI;
  line.strokes = [paintOf(item.color)];
  line.strokeWeight = CURVE_WEIGHT;
  return line;
}
