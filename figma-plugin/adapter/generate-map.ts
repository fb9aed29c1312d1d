import { centredOrigin, findFreeOrigin, planBoard, PLATFORM_PROFILES, PlanWriteAbortedError, writePlan } from '../../core/index.ts';
import type { AbortSignalLike, BoardPlan, CjmMap, Locale, PlanNoteItem, Point, Rect } from '../../core/index.ts';
import { drawNote } from './draw-nodes.ts';
import type { DrawContext, DrawnNote } from './draw-nodes.ts';
import { drawingEditorOf } from './figma-api.ts';
import type { DrawingEditor, FigmaApi } from './figma-api.ts';
import { removeNodes, createFigmaPlanWriter } from './figma-plan-writer.ts';
import { FontBook } from './font-book.ts';
import type { FontFallback } from './font-book.ts';
import { yieldToEditor } from './yield-to-editor.ts';

/** Which part of a generation a progress report is about. */
export type GenerationPhase = 'measure' | 'write';

/** Options of {@link generateMap}. */
export interface GenerateMapOptions {
  /** Cancels the run: what it created is removed and it rejects with an `AbortError`. */
  readonly signal?: AbortSignalLike;
  /** `(done, total)` over the whole run (notes measured, then nodes written); `(0, total)` first. */
  readonly onProgress?: (done: number, total: number, phase: GenerationPhase) => void;
  /** Top-left corner of the map on the page. Default: centred in view, moved right past what the page holds (core `findFreeOrigin`). */
  readonly origin?: Point;
  /** Language of generated labels (phase bands, persona headings). Default: the map's. */
  readonly locale?: Locale;
  /** How the run gives the editor back its thread between chunks. Default: a zero-delay timer. */
  readonly yieldToEditor?: () => Promise<void>;
  /** Nodes created between two yields. Default 40. */
  readonly chunkSize?: number;
  /**
   * Called once, before the first node is made, with a function that removes — synchronously —
   * every node this run has made so far. For the plugin's `close` listener: Figma gives it no time
   * for async work (docs/figma-plugin-api.md, "Closing"), so the run's own rollback would never run.
   */
  readonly onRemoveNow?: (removeNow: () => void) => void;
}

/** What {@link generateMap} made. */
export interface GeneratedMap {
  /** The section (FigJam) or frame (design file) holding the map. */
  readonly containerId: string;
  /** The map id written into every marker. */
  readonly mapId: string;
  /** Nodes created, the container included (a card's text counts as part of its card). */
  readonly nodeCount: number;
  /** Notes drawn. */
  readonly noteCount: number;
  /** Notes of the map that have no cell (unknown stage or layer) and were left out. */
  readonly unplacedCount: number;
  /** Fonts that were missing and what was used instead. */
  readonly fontFallbacks: readonly FontFallback[];
  /** Distinct fonts the run loaded. */
  readonly fontsLoaded: number;
}

const DEFAULT_CHUNK = 40;

let runs = 0;

/**
 * Puts a journey map on the current page: in FigJam a section holding shape-with-text headers and
 * stickies, in a design file a frame holding text cards, laid out by core.
 *
 * 1. Loads each font the map needs once (a missing one falls back to an available font).
 * 2. Draws the notes first and reads their real heights — a FigJam sticky grows with its text and
 *    cannot be resized — then lays the map out again with those heights (`planBoard(map,
 *    { noteHeights })`), so no note spills out of its cell or onto another.
 * 3. Writes the plan with core's `writePlan`, one node at a time, yielding to the editor between
 *    chunks so it never freezes, reporting progress.
 *
 * Never half a map: on a failure or a cancel everything this run created is removed before it
 * rejects (`name === 'AbortError'` for a cancel). The run makes no `commitUndo` call, so a single
 * undo takes the whole map away.
 *
 * @throws Error when the editor is neither FigJam nor Figma design.
 */
export async function generateMap(figma: FigmaApi, map: CjmMap, options: GenerateMapOptions = {}): Promise<GeneratedMap> {
  const editor = drawingEditorOf(figma);
  if (!editor) throw new Error(`cjm-kit draws maps in FigJam and Figma design files, not in "${figma.editorType}"`);
  const { signal } = options;
  const pause = options.yieldToEditor ?? yieldToEditor;
  const chunkSize = Math.max(1, Math.floor(options.chunkSize ?? DEFAULT_CHUNK));
  const checkAbort = () => {
    if (signal?.aborted) throw new PlanWriteAbortedError(signal.reason);
  };
  checkAbort();

  const profile = PLATFORM_PROFILES[editor];
  const layout = (origin: Point, mapId?: string, noteHeights?: ReadonlyMap<number, number>): BoardPlan =>
    planBoard(map, {
      preset: editor,
      origin,
      ...(options.locale ? { locale: options.locale } : {}),
      ...(mapId ? { mapId } : {}),
      ...(noteHeights ? { noteHeights } : {}),
    });
  const estimate = layout(options.origin ?? { x: 0, y: 0 });
  const origin = options.origin ?? chooseOrigin(figma, estimate.bounds);
  // A fresh id per run, so two copies of one map on a page stay two maps.
  const mapId = `${estimate.mapId}-${Date.now().toString(36)}${(runs++).toString(36)}`;
  const first = layout(origin, mapId);

  const fonts = await FontBook.load(figma, [profile.fonts.text, profile.fonts.heading, profile.fonts.note]);
  checkAbort();
  const context: DrawContext = { figma, editor, profile, fonts, made: [] };
  options.onRemoveNow?.(() => removeNodes([...context.made].reverse(), context.made));
  const noteItems = first.items.filter((item): item is PlanNoteItem => item.shape === 'sticky');
  const total = noteItems.length + first.items.length;
  options.onProgress?.(0, total, 'measure');

  const drawn = new Map<number, DrawnNote>();
  try {
    for (const [i, item] of noteItems.entries()) {
      if (i > 0 && i % chunkSize === 0) {
        await pause();
        checkAbort();
      }
      drawn.set(item.note, drawNote(context, item));
      options.onProgress?.(i + 1, total, 'measure');
    }
    await pause();
    checkAbort();
    const heights = new Map([...drawn].map(([note, { height }]) => [note, height]));
    let plan = layout(origin, mapId, heights);
    if (!options.origin) {
      // The notes' real heights can make the map taller than estimated: placed again with its
      // real size, it still clears everything on the page (but the notes this run just made).
      const own = new Set(context.made.map((node) => node.id));
      const settled = chooseOrigin(figma, plan.bounds, own);
      if (settled.x !== origin.x || settled.y !== origin.y) plan = layout(settled, mapId, heights);
    }
    const handles = await writePlan(plan, createFigmaPlanWriter(context, plan, drawn), {
      ...(signal ? { signal } : {}),
      onProgress: (done) => options.onProgress?.(noteItems.length + done, total, 'write'),
      concurrency: 1,
      pause,
      chunkSize,
    });
    const container = handles.get(plan.frameKey);
    if (!container) throw new Error('the map container was not created');
    return {
      containerId: container.id,
      mapId,
      nodeCount: handles.size,
      noteCount: noteItems.length,
      unplacedCount: plan.unplaced?.length ?? 0,
      fontFallbacks: fonts.fallbacks,
      fontsLoaded: new Set([profile.fonts.text, profile.fonts.heading, profile.fonts.note].map((f) => `${f.family} ${f.style}`)).size,
    };
  } catch (error) {
    // writePlan removed what it wrote; the notes drawn for measuring and a node whose drawing
    // failed half-way never reached it. Children first, so each removal is of a node still there.
    removeNodes([...context.made].reverse(), context.made);
    throw error;
  }
}

/**
 * Where a new map goes when the caller does not say: by the rule both plugins share (core's
 * `findFreeOrigin`, as the Miro panel places maps), centred on what the person looks at and moved
 * right past whatever on the page it would cover, so it never lands on a person's work.
 */
function chooseOrigin(figma: Pick<FigmaApi, 'currentPage' | 'viewport'>, size: Rect, own: ReadonlySet<string> = new Set()): Point {
  const taken = figma.currentPage.children
    .filter((node) => !own.has(node.id))
    .map((node) => node.absoluteBoundingBox)
    .filter((box): box is Rect => box !== null);
  return findFreeOrigin(centredOrigin(figma.viewport.center, size), size, taken);
}

/** The drawing editor, re-exported for callers that check before generating. */
export type { DrawingEditor };
