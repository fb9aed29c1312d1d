/**
 * The messages between the plugin's main thread (`main.ts`, in Figma's sandbox) and its UI (the
 * iframe built from `ui/`): one discriminated union per direction, told apart by `type`, and no
 * `type` used by both. The UI imports these types only; the main thread checks every message it
 * receives with `parseUiMessage` (figma-plugin/plugin/parse-ui-message.ts) before acting on it.
 *
 * Transport (docs/figma-plugin-api.md, "UI and messages"): main → UI with
 * `figma.ui.postMessage(message)`, received in the UI as `event.data.pluginMessage`; UI → main with
 * `parent.postMessage({ pluginMessage: message }, '*')`, received by `figma.ui.onmessage`. Messages
 * are cloned on the way, so they hold plain data only: no Map, no class instance, no function.
 *
 * User-facing words are not in here: the main thread sends codes and numbers, the UI words them in
 * Russian and English. Only text that comes from the map or from core (finding messages, a core
 * validation error) travels as text, and the UI shows it as text, never as HTML.
 */
import type { CjmMap, Finding, Locale, Rect } from '../core/index.ts';

/** The editor the plugin runs in (`figma.editorType`); the plugin offers generation in these two. */
export type EditorKind = 'figma' | 'figjam';

/** The menu command the plugin was started with (manifest.json `menu[].command`). */
export type PluginCommand = 'new-map' | 'audit' | 'export';

/** What an audit reads: the maps holding the current selection, or the whole current page. */
export type AuditScope = 'selection' | 'page';

/** Export formats, as the command line's `cjm export --format`: the cjm/1 map, the grid, the report. */
export type ExportFormat = 'json' | 'csv' | 'markdown';

/** A font as Figma names it (`FontName` in the plugin typings). */
export interface FontLabel {
  readonly family: string;
  readonly style: string;
}

// ───────────────────────────── UI → main ─────────────────────────────

/** The UI has loaded and listens: the main thread answers with `init`. */
export interface ReadyMessage {
  readonly type: 'ready';
}

/**
 * Put this map on the current page: a FigJam section with stickies, or a design-file frame with
 * cards. The UI builds the map from its choices (template, language, title, persona, examples) or
 * from a cjm/1 file with core; the main thread validates it again before drawing anything.
 */
export interface GenerateMessage {
  readonly type: 'generate';
  readonly map: CjmMap;
}

/** Stop the generation in progress; what it created so far is removed. */
export interface CancelMessage {
  readonly type: 'cancel';
}

/** Read and audit the maps on the page (or the selection's maps) now. */
export interface AuditMessage {
  readonly type: 'audit';
  readonly scope: AuditScope;
  /** Language of findings. Default: each map's own locale. */
  readonly locale?: Locale;
  /**
   * Put a red "no touchpoints"-style sticky (a card in design files) into every gap cell.
   * Markers of an earlier audit are removed first, with or without this flag.
   */
  readonly gapMarkers: boolean;
}

/** Keep re-auditing as people edit the page (debounced), with the last audit's scope and options. */
export interface LiveMessage {
  readonly type: 'live';
  readonly enabled: boolean;
}

/**
 * Bring a finding into view (ui/finding-focus.ts decides how): select the nodes of `itemIds` that
 * are still on the page and show `rect`; without `rect`, zoom to those nodes (`not-found` when
 * none is left).
 */
export interface FocusMessage {
  readonly type: 'focus';
  readonly itemIds: readonly string[];
  /** The area to show, in page coordinates: the finding's cell, or its stage's or layer's band. */
  readonly rect?: Rect;
}

/** Send the text of one audited map in a format, for the UI to download. */
export interface ExportMessage {
  readonly type: 'export';
  readonly format: ExportFormat;
  /** Index into the last `audit-result` maps. Default 0. */
  readonly mapIndex?: number;
  /** CSV only: `;` for spreadsheets with Russian regional settings. Default `,`. */
  readonly delimiter?: ',' | ';';
  /** Language of the Markdown report. Default: the map's locale. */
  readonly locale?: Locale;
}

/** Remove the gap markers of the last audit without a new audit. */
export interface ClearMarkersMessage {
  readonly type: 'clear-markers';
}

/** Close the plugin. */
export interface CloseMessage {
  readonly type: 'close';
}

/** Every message the UI sends to the main thread. */
export type UiMessage =
  | ReadyMessage
  | GenerateMessage
  | CancelMessage
  | AuditMessage
  | LiveMessage
  | FocusMessage
  | ExportMessage
  | ClearMarkersMessage
  | CloseMessage;

// ───────────────────────────── main → UI ─────────────────────────────

/** Sent once after `ready`: where the plugin runs and what it was started for. */
export interface InitMessage {
  readonly type: 'init';
  readonly editor: EditorKind;
  readonly command: PluginCommand;
  /** Nodes selected on the current page. */
  readonly selectionCount: number;
}

/** The selection changed: the UI may switch the audit scope it offers. */
export interface SelectionMessage {
  readonly type: 'selection';
  readonly selectionCount: number;
}

/**
 * Progress of a generation: `measure` creates the notes and reads their real heights, `write`
 * places everything. `done` ≤ `total`; totals may differ between the phases.
 */
export interface ProgressMessage {
  readonly type: 'progress';
  readonly phase: 'measure' | 'write';
  readonly done: number;
  readonly total: number;
}

/** A font the plugin could not load and the one it used instead. */
export interface FontFallback {
  readonly wanted: FontLabel;
  readonly used: FontLabel;
}

/** The map is on the page, as one undo step. */
export interface GeneratedMessage {
  readonly type: 'generated';
  /** Id of the section (FigJam) or frame (design file) holding the map. */
  readonly containerId: string;
  /** Nodes created, the container included. */
  readonly nodeCount: number;
  /** Notes of the map that were drawn. */
  readonly noteCount: number;
  /** Notes left out because their stage or layer does not exist in the map. */
  readonly unplacedCount: number;
  /** Fonts that were missing and what was used instead; empty when every font was there. */
  readonly fontFallbacks: readonly FontFallback[];
}

/** The generation was cancelled and everything it created is gone. */
export interface CancelledMessage {
  readonly type: 'cancelled';
}

/** One map the audit read, with its findings. */
export interface AuditedMap {
  /** The map as read from the page (cjm/1): the UI groups findings by its stages. */
  readonly map: CjmMap;
  /** Findings in the audit's order; `where` (when set) is the cell or items to bring into view. */
  readonly findings: readonly Finding[];
  /** What the reader wants the user to know about this map, worded in the map's locale. */
  readonly warnings: readonly string[];
}

/** The result of an audit, asked for (`manual`) or run by the live audit after an edit (`live`). */
export interface AuditResultMessage {
  readonly type: 'audit-result';
  readonly trigger: 'manual' | 'live';
  readonly scope: AuditScope;
  /** The maps read, top-left first; empty when the page holds no map. */
  readonly maps: readonly AuditedMap[];
  /** Warnings about the page as a whole (e.g. the selection is in no map), worded. */
  readonly warnings: readonly string[];
  /** Gap markers now on the page (0 when not asked for). */
  readonly gapMarkerCount: number;
}

/** The text of an export, for the UI to offer as a download. */
export interface ExportFileMessage {
  readonly type: 'export-file';
  readonly format: ExportFormat;
  /** A file name made from the map's title, with the format's extension. */
  readonly fileName: string;
  readonly mimeType: string;
  readonly text: string;
}

/** Whether the live audit is on (answers `live`, and turns off when the page changes away). */
export interface LiveStateMessage {
  readonly type: 'live-state';
  readonly enabled: boolean;
}

/** What failed, as a code the UI words in its language. */
export type ErrorCode =
  /** The map sent to `generate` is no valid cjm/1 map: `detail` lists the problems with their paths. */
  | 'invalid-map'
  /** Generation needs Figma design or FigJam (not Dev Mode, Slides…). */
  | 'unsupported-editor'
  /** A generation is already running. */
  | 'busy'
  /** Creating the map failed; nothing of it was left on the page. `detail` is the editor's message. */
  | 'generate-failed'
  /** The audit found no map where it looked. */
  | 'no-map'
  /** Reading or auditing failed. `detail` is the reason. */
  | 'audit-failed'
  /** Export before any audit, or `mapIndex` beyond the last audit's maps. */
  | 'nothing-to-export'
  /** None of the nodes to focus exists any more. */
  | 'not-found'
  /** A message the main thread does not understand (a UI built against other messages). */
  | 'bad-message';

/** Something went wrong; the page is as it was before the operation. */
export interface ErrorMessage {
  readonly type: 'error';
  readonly code: ErrorCode;
  /** Text from core or the editor (English or the map's language), shown as text. */
  readonly detail?: string;
}

/** Every message the main thread sends to the UI. */
export type MainMessage =
  | InitMessage
  | SelectionMessage
  | ProgressMessage
  | GeneratedMessage
  | CancelledMessage
  | AuditResultMessage
  | ExportFileMessage
  | LiveStateMessage
  | ErrorMessage;

/** Every message between the two threads. */
export type PluginMessage = UiMessage | MainMessage;
