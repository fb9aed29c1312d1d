import type { CjmMap, Finding, Locale, Phase, Rect } from '../core/index.ts';

/**
 * The one seam between the shared panel (ui/) and a platform. The Miro panel implements it with
 * the Miro adapter in the panel itself; the Figma UI implements it with messages to the plugin's
 * main thread. Everything crossing it is plain data (structured-clone safe), so a host may send
 * it over `postMessage` unchanged.
 */
export interface PanelHost {
  /** The templates in `locale`, with what the preview draws. */
  listTemplates(locale: Locale): Promise<TemplateChoice[]>;
  /**
   * Reads a cjm/1 file the person picked or dropped. Rejects with an error whose message says,
   * in plain words, what is wrong and where (the path inside the file).
   */
  importMap(text: string, fileName: string): Promise<CjmMap>;
  /** Puts a new map on the board; rejects with an `AbortError` when `signal` aborts. */
  generate(request: NewMapRequest, options: GenerateOptions): Promise<GenerateOutcome>;
  /** Reads and audits the selection (or the whole board when nothing is selected). */
  audit(request: AuditRequest): Promise<AuditOutcome>;
  /**
   * The live audit: re-audits (debounced, by the host) whenever people add, move or delete items,
   * with the options `request()` returns at that moment, and hands every outcome to `listener`,
   * until the returned function is called. Edits a generation of this panel makes do not count.
   */
  liveAudit(request: () => AuditRequest, listener: LiveAuditListener): () => void;
  /** Brings a finding's cell (or its stage, or its map) into view. */
  showFinding(target: FindingTarget): Promise<void>;
  /** A map of the last audit as a file: cjm/1 JSON, CSV or Markdown (map and audit report). */
  exportMap(request: ExportRequest): Promise<ExportFile>;
}

/** Where live audit outcomes go. */
export interface LiveAuditListener {
  onOutcome(outcome: AuditOutcome): void;
  onError(error: unknown): void;
}

/** A template as the picker and its preview show it. */
export interface TemplateChoice {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly stages: readonly { readonly name: string; readonly phase?: Phase; readonly lane?: string }[];
  readonly layers: readonly { readonly title: string; readonly required: boolean }[];
  readonly hasExamples: boolean;
}

/** What the "New map" form asks the host to draw. */
export interface NewMapRequest {
  /** A template by id, or a map imported from a cjm/1 file. */
  readonly source: { readonly kind: 'template'; readonly templateId: string; readonly examples: boolean } | { readonly kind: 'file'; readonly map: CjmMap };
  readonly locale: Locale;
  /** Blank: the template's (or the file's) title. */
  readonly title: string;
  /** Blank: no persona (or the file's / the example's). */
  readonly persona: string;
}

/** Progress and cancel of one generation. */
export interface GenerateOptions {
  readonly signal: AbortSignal;
  readonly onProgress: (done: number, total: number) => void;
}

/** What a finished generation made. */
export interface GenerateOutcome {
  readonly itemCount: number;
}

/** Options of one audit run. */
export interface AuditRequest {
  readonly locale: Locale;
  /** Put a red "No touchpoints" sticky in every gap cell (and remove the previous audit's). */
  readonly gapMarkers: boolean;
}

/** A finding with its place on the board, when the reader knows it. */
export type PlacedFinding = Finding & { readonly where?: { readonly rect: Rect; readonly itemIds: readonly string[] } };

/** What an audit read. */
export type AuditScopeKind = 'selection' | 'board' | 'page';

/** One map read from the board, audited. */
export interface AuditedMap {
  readonly map: CjmMap;
  readonly findings: readonly PlacedFinding[];
}

/** The result of one audit run. */
export interface AuditOutcome {
  /** What was read: the selection's maps, the whole board (Miro) or the current page (Figma). */
  readonly scope: AuditScopeKind;
  readonly maps: readonly AuditedMap[];
  /** What the reader wants the person to know (already in the request's language). */
  readonly warnings: readonly string[];
  /** How many gap markers this run put on the board (0 when the option is off). */
  readonly gapMarkers: number;
}

/** Which finding to bring into view: the map's index in `AuditOutcome.maps`, the finding's index in it. */
export interface FindingTarget {
  readonly mapIndex: number;
  readonly findingIndex: number;
}

/** The export formats of the panel. */
export type ExportFormat = 'json' | 'csv' | 'md';

/** Which map to export, and how. */
export interface ExportRequest {
  readonly format: ExportFormat;
  readonly mapIndex: number;
  readonly locale: Locale;
}

/** A file for the person to download. */
export interface ExportFile {
  readonly fileName: string;
  readonly mimeType: string;
  readonly text: string;
}
