import type { PluginAPI, Rect, SceneNode } from '@figma/plugin-typings/plugin-api-standalone';
import { createLiveAudit, formatCsv, isFocusSelection, isInputError, parseMap } from '../../core/index.ts';
import type { LiveAudit, Scheduler } from '../../core/index.ts';
import { formatExportFile } from '../../ui/export-file.ts';
import { auditPage, drawingEditorOf, generateMap, removeGapMarkers, tableOfCellId } from '../adapter/index.ts';
import type { FigmaApi, PageAudit } from '../adapter/index.ts';
import type { AuditMessage, AuditResultMessage, EditorKind, ExportMessage, FocusMessage, MainMessage, PluginCommand, UiMessage } from '../messages.ts';
import { createCancelSwitch } from './cancel-switch.ts';
import type { CancelSwitch } from './cancel-switch.ts';
import { parseUiMessage } from './parse-ui-message.ts';
import { createSerialQueue } from './serial-queue.ts';
import { watchPage } from './watch-page.ts';

/** What the main thread needs of `figma`: the adapter's part plus the UI, events and closing. */
export type PluginHostApi = FigmaApi & Pick<PluginAPI, 'command' | 'showUI' | 'ui' | 'on' | 'off' | 'closePlugin'>;

/** Options of {@link runPlugin}. */
export interface RunPluginOptions {
  /** The UI's HTML (`__html__` in the sandbox). */
  readonly html: string;
  /** Timers for the live audit's debounce; default the sandbox's `setTimeout`. */
  readonly scheduler?: Scheduler;
  /** Quiet time after the last edit before a live re-audit, ms. */
  readonly liveDelayMs?: number;
  /** Passed to `generateMap` (tests: no real yields). */
  readonly yieldToEditor?: () => Promise<void>;
}

/** The running plugin. */
export interface RunningPlugin {
  /** Stops the live audit and unsubscribes (the plugin is closing). */
  dispose(): void;
  /** Resolves once every message received so far has been handled (tests, the playground). */
  idle(): Promise<void>;
}

const COMMANDS: ReadonlySet<string> = new Set<PluginCommand>(['new-map', 'audit', 'export']);
const TIMERS: Scheduler = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (handle) => clearTimeout(handle as number),
};
const UI_SIZE = { width: 400, height: 640 };

/**
 * The plugin's main thread: shows the UI (with Figma's theme colours) and answers its messages
 * (figma-plugin/messages.ts) with the adapter — generate a map, audit the page or the selection
 * (once, or live while people edit), bring a finding into view, export a map. Page work runs
 * one operation at a time; every failure reaches the UI as an `error` message with a code, and a
 * failed or cancelled generation leaves the page as it was.
 */
export function runPlugin(figma: PluginHostApi, options: RunPluginOptions): RunningPlugin {
  const queue = createSerialQueue();
  let closed = false;
  // After the close, nothing is posted: the UI is gone (in Figma no continuation even runs).
  const post = (message: MainMessage) => {
    if (!closed) figma.ui.postMessage(message);
  };
  const editor: EditorKind = drawingEditorOf(figma) ?? 'figma';
  const command: PluginCommand = COMMANDS.has(figma.command) ? (figma.command as PluginCommand) : 'new-map';

  let generation: CancelSwitch | undefined;
  /** Removes, synchronously, what the generation in progress has made so far (for `close`). */
  let removeGenerationNow: (() => void) | undefined;
  let lastAudit: { options: AuditMessage; result: PageAudit } | undefined;
  let liveOptions: AuditMessage = { type: 'audit', scope: 'page', gapMarkers: false };
  let live: { audit: LiveAudit; stop: () => void } | undefined;
  /** Gap markers this plugin placed or removed: edits to them are not a reason to re-audit. */
  const ownNodes = new Set<string>();

  /** What the plugin last selected to show a finding: no choice of the person's of what to audit. */
  let focusSelection: readonly string[] | undefined;

  /** One audit; resolves to it with the options it ran with (the scope may widen, see below). */
  const runAudit = (message: AuditMessage) =>
    queue.run(async () => {
      // A selection that is still only what "show" selected does not narrow the audit to that map.
      const shownOnly = message.scope === 'selection' && isFocusSelection(figma.currentPage.selection.map((node) => node.id), focusSelection);
      const options: AuditMessage = shownOnly ? { ...message, scope: 'page' } : message;
      const result = await auditPage(figma, {
        selection: options.scope === 'selection',
        gapMarkers: options.gapMarkers,
        ...(options.locale ? { locale: options.locale } : {}),
      });
      for (const id of [...result.removedMarkerIds, ...result.markerIds]) ownNodes.add(id);
      lastAudit = { options, result };
      return lastAudit;
    });

  const resultMessage = (message: AuditMessage, result: PageAudit, trigger: 'manual' | 'live'): AuditResultMessage => ({
    type: 'audit-result',
    trigger,
    scope: message.scope,
    maps: result.maps.map(({ reading, findings }) => ({ map: reading.map, findings, warnings: reading.warnings.map((w) => w.message) })),
    warnings: result.reading.warnings.map((w) => w.message),
    gapMarkerCount: result.markerIds.length,
  });

  const startLive = () => {
    if (live) return;
    const audit = createLiveAudit({
      run: () => runAudit(liveOptions),
      onResult: (run) => post(resultMessage(run.options, run.result, 'live')),
      onError: (error) => post({ type: 'error', code: 'audit-failed', detail: describe(error) }),
      scheduler: options.scheduler ?? TIMERS,
      ...(options.liveDelayMs !== undefined ? { delayMs: options.liveDelayMs } : {}),
    });
    // While a map is being drawn its events say nothing yet: one re-audit follows when it is done.
    const stop = watchPage(figma, () => !generation && audit.poke(), (id) => ownNodes.has(id));
    live = { audit, stop };
    audit.poke();
  };

  const stopLive = () => {
    live?.stop();
    live?.audit.dispose();
    live = undefined;
  };

  const onGenerate = async (raw: unknown) => {
    if (generation) return post({ type: 'error', code: 'busy' });
    if (!drawingEditorOf(figma)) return post({ type: 'error', code: 'unsupported-editor' });
    let map;
    try {
      map = parseMap(raw, 'map');
    } catch (error) {
      return post({ type: 'error', code: 'invalid-map', detail: describe(error) });
    }
    const cancel = createCancelSwitch();
    generation = cancel;
    try {
      const made = await queue.run(() =>
        generateMap(figma, map, {
          signal: cancel.signal,
          onRemoveNow: (removeNow) => (removeGenerationNow = removeNow),
          onProgress: (done, total, phase) => post({ type: 'progress', phase, done, total }),
          ...(options.yieldToEditor ? { yieldToEditor: options.yieldToEditor } : {}),
        }),
      );
      const container = await figma.getNodeByIdAsync(made.containerId);
      if (container && container.type !== 'PAGE' && container.type !== 'DOCUMENT') {
        figma.currentPage.selection = [container];
        figma.viewport.scrollAndZoomIntoView([container]);
      }
      post({
        type: 'generated',
        containerId: made.containerId,
        nodeCount: made.nodeCount,
        noteCount: made.noteCount,
        unplacedCount: made.unplacedCount,
        fontFallbacks: made.fontFallbacks.map(({ wanted, used }) => ({ wanted: { ...wanted }, used: { ...used } })),
      });
    } catch (error) {
      if (cancel.signal.aborted) post({ type: 'cancelled' });
      else post({ type: 'error', code: 'generate-failed', detail: describe(error) });
    } finally {
      generation = undefined;
      removeGenerationNow = undefined;
      live?.audit.poke();
    }
  };

  const onAudit = async (message: AuditMessage) => {
    liveOptions = message;
    try {
      const { options, result } = await runAudit(message);
      if (result.maps.length === 0) post({ type: 'error', code: 'no-map', ...(result.reading.warnings[0] ? { detail: result.reading.warnings[0].message } : {}) });
      else post(resultMessage(options, result, 'manual'));
    } catch (error) {
      post({ type: 'error', code: 'audit-failed', detail: describe(error) });
    }
  };

  const onFocus = async (message: FocusMessage) => {
    // Table cells are no nodes (docs/figma-plugin-api.md, "Tables"): they are shown by `rect` only.
    const ids = message.itemIds.filter((id) => tableOfCellId(id) === undefined);
    const found = await Promise.all(ids.map((id) => figma.getNodeByIdAsync(id)));
    const pageId = figma.currentPage.id;
    const nodes = found.filter((node): node is SceneNode => node !== null && !node.removed && node.type !== 'PAGE' && node.type !== 'DOCUMENT' && onPage(node, pageId));
    if (nodes.length > 0) {
      figma.currentPage.selection = nodes;
      focusSelection = nodes.map((node) => node.id);
    }
    // A cell is shown by its rectangle, its notes (when it has any left) selected in it.
    if (message.rect) return showRect(figma, message.rect);
    if (nodes.length > 0) {
      figma.viewport.scrollAndZoomIntoView(nodes);
      return;
    }
    post({ type: 'error', code: 'not-found' });
  };

  const onExport = (message: ExportMessage) => {
    const audited = lastAudit?.result.maps[message.mapIndex ?? 0];
    if (!audited) return post({ type: 'error', code: 'nothing-to-export' });
    const map = audited.reading.map;
    const format = message.format === 'markdown' ? 'md' : message.format;
    const file = formatExportFile(map, audited.findings, format, message.locale ?? map.locale);
    const text = format === 'csv' && message.delimiter ? formatCsv(map, { delimiter: message.delimiter }) : file.text;
    post({ type: 'export-file', format: message.format, fileName: file.fileName, mimeType: file.mimeType, text });
  };

  const handle = async (message: UiMessage): Promise<void> => {
    switch (message.type) {
      case 'ready':
        return post({ type: 'init', editor, command, selectionCount: figma.currentPage.selection.length });
      case 'generate':
        return onGenerate(message.map);
      case 'cancel':
        return generation?.cancel();
      case 'audit':
        return onAudit(message);
      case 'live':
        if (message.enabled) startLive();
        else stopLive();
        return post({ type: 'live-state', enabled: live !== undefined });
      case 'focus':
        return onFocus(message);
      case 'export':
        return onExport(message);
      case 'clear-markers':
        await queue.run(() => {
          for (const id of removeGapMarkers(figma)) ownNodes.add(id);
          return Promise.resolve();
        });
        return;
      case 'close':
        return figma.closePlugin();
    }
  };

  const onSelection = () => {
    post({ type: 'selection', selectionCount: figma.currentPage.selection.length });
    if (liveOptions.scope === 'selection' && !generation) live?.audit.poke();
  };
  const dispose = () => {
    // Closed mid-generation: Figma runs no await continuation after the close listeners return
    // (docs/figma-plugin-api.md, "Closing"), so the run's own rollback would never come — what it
    // made is removed here, synchronously, and the run is cancelled in case it does resume.
    closed = true;
    if (generation) {
      generation.cancel(new Error('The plugin was closed'));
      removeGenerationNow?.();
    }
    stopLive();
    figma.off('selectionchange', onSelection);
  };

  figma.showUI(options.html, { ...UI_SIZE, themeColors: true, title: 'cjm-kit' });
  const inFlight = new Set<Promise<void>>();
  figma.ui.onmessage = (raw: unknown) => {
    const message = parseUiMessage(raw);
    if (!message) {
      post({ type: 'error', code: 'bad-message', detail: describe(raw) });
      return;
    }
    const done: Promise<void> = handle(message)
      .catch((error: unknown) => post({ type: 'error', code: message.type === 'generate' ? 'generate-failed' : 'audit-failed', detail: describe(error) }))
      .finally(() => inFlight.delete(done));
    inFlight.add(done);
  };
  figma.on('selectionchange', onSelection);
  figma.on('close', dispose);
  return {
    dispose,
    async idle() {
      while (inFlight.size > 0) await Promise.all(inFlight);
    },
  };
}

/** True when the node is on the page with this id. */
function onPage(node: SceneNode, pageId: string): boolean {
  for (let at = node.parent; at; at = at.parent) if (at.type === 'PAGE') return at.id === pageId;
  return false;
}

/** Centres the viewport on a rectangle and zooms so it fills most of the view (a cell with nothing in it). */
function showRect(figma: Pick<PluginAPI, 'viewport'>, rect: Rect): void {
  const view = figma.viewport;
  const screen = { width: view.bounds.width * view.zoom, height: view.bounds.height * view.zoom };
  view.center = { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
  view.zoom = Math.max(0.02, Math.min(4, Math.min(screen.width / Math.max(1, rect.width * 1.2), screen.height / Math.max(1, rect.height * 1.2))));
}

/** Error text for the UI: core's input errors say what and where; others their message. */
function describe(error: unknown): string {
  if (isInputError(error)) return error.message;
  if (error instanceof Error) return error.message;
  try {
    return JSON.stringify(error).slice(0, 200);
  } catch {
    return String(error);
  }
}
