import type { BoardItem, BoardItemType, BoardSnapshot } from '../../core/board/snapshot.ts';
import type { BoardPlan, ColorToken, PlanItem, PlanShape } from '../../core/layout/types.ts';
import { drawAsPlatform } from './draw-as-platform.ts';
import type { DrawOptions } from './draw-as-platform.ts';

/**
 * Turns a board plan into the snapshot a board would give back after drawing it, as the Miro and
 * Figma adapters would: one board item per plan item, absolute rectangles, every item a child of
 * the map frame, the marker stored when `markers` is on (with it off, the board looks like a
 * hand-made map: the reader must find the grid by position). With `platform`, notes get the sizes
 * and places that platform really gives them (draw-as-platform.ts) before they are listed.
 */

/** Options of {@link planToSnapshot}. */
export interface PlanToSnapshotOptions {
  /** Store each item's marker (Miro metadata, Figma shared plugin data). */
  readonly markers: boolean;
  /** Prefix of item ids; default `<mapId>/`, so two plans on one board don't clash. */
  readonly idPrefix?: string;
  /** Give children a `parent` (the frame); default true. REST exports of some boards don't. */
  readonly parents?: boolean;
  /** Draw the plan as this platform does (real note sizes, nudges) and say so in the snapshot. */
  readonly platform?: 'miro' | 'figjam' | 'figma';
  /** How the platform draws, with `platform` (grown note heights, user nudges). */
  readonly draw?: DrawOptions;
}

/** What each plan shape becomes on a board. A dot is a small circle shape; a line a connector. */
const ITEM_TYPE: Readonly<Record<PlanShape, BoardItemType>> = {
  frame: 'frame',
  text: 'text',
  shape: 'shape',
  sticky: 'sticky',
  line: 'other',
  dot: 'shape',
};

/** A plausible fill per colour token (adapters have real palettes; the reader only compares). */
function colorOf(token: ColorToken): string {
  const table: Record<string, string> = {
    frame: '#ffffff',
    title: '#ffffff',
    header: '#e6e6e6',
    cell: '#fafafa',
    persona: '#f5d128',
    curve: '#1a1a1a',
  };
  if (token in table) return table[token] ?? '#ffffff';
  // phase-* and note-* tokens: a stable colour from the name
  let hash = 0;
  for (const ch of token) hash = (hash * 31 + ch.charCodeAt(0)) & 0xffffff;
  return `#${hash.toString(16).padStart(6, '0')}`;
}

/** The board items of a plan. */
export function planToItems(planned: BoardPlan, options: PlanToSnapshotOptions): BoardItem[] {
  const plan = options.platform ? drawAsPlatform(planned, options.platform, options.draw) : planned;
  const prefix = options.idPrefix ?? `${plan.mapId}/`;
  const frame = plan.items.find((item) => item.role === 'frame');
  const frameId = frame ? prefix + frame.key : undefined;
  return plan.items.map((item: PlanItem): BoardItem => {
    const id = prefix + item.key;
    const parent = options.parents !== false && frameId !== undefined && id !== frameId ? { parent: frameId } : {};
    return {
      id,
      type: ITEM_TYPE[item.shape],
      text: item.text,
      rect: { ...item.rect },
      color: colorOf(item.color),
      ...parent,
      ...(options.markers ? { marker: item.marker } : {}),
    };
  });
}

/** The snapshot of one plan drawn on an empty board. */
export function planToSnapshot(plan: BoardPlan, options: PlanToSnapshotOptions): BoardSnapshot {
  const platform = options.platform === undefined ? 'unknown' : options.platform === 'miro' ? 'miro' : 'figma';
  return { platform, items: planToItems(plan, options) };
}
