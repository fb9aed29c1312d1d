import type { Rect } from '../geometry.ts';
import type { Locale, Localized } from '../i18n.ts';
import type { MapGeometry } from '../read/types.ts';
import type { LayerKind } from '../model/vocabulary.ts';
import type { AuditContext } from './context.ts';

/**
 * The ids of the audit rules, in rule order: the order findings of one stage are listed in.
 * The ids are part of the output format (JSON reports, `--rule` switches): never rename one.
 */
export const RULE_IDS = [
  'missing-stages-or-layers',
  'missing-touchpoints',
  'missing-recommendations',
  'missing-goal',
  'empty-cell',
  'negative-emotion-unaddressed',
  'phase-without-stage',
  'funnel-inconsistent',
  'funnel-bottleneck',
  'orphan-note',
  'duplicate-stage',
  'unreadable-map',
] as const;

/** The id of one audit rule. */
export type RuleId = (typeof RULE_IDS)[number];

/** How serious a finding is: `error` blocks a map from being "done", `info` only informs. */
export type Severity = 'error' | 'warning' | 'info';

/** Severities from the most to the least serious: the order reports group them in. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** One problem (or observation) the audit found in a map. */
export interface Finding {
  readonly rule: RuleId;
  readonly severity: Severity;
  /** Id of the stage the finding is about; absent for findings about the whole map. */
  readonly stage?: string;
  /** Id of the layer the finding is about, when it is about one row (or one cell with `stage`). */
  readonly layer?: string;
  /** What is wrong, in the report's locale; names stages and layers as the map does. */
  readonly message: string;
  /** What to do about it, in the report's locale. */
  readonly hint: string;
  /** Where it is on the board; absent when the map is on no board (a cjm/1 file audited alone). */
  readonly where?: FindingLocation;
}

/** Where a finding is on the board: what an adapter zooms to and highlights in one call. */
export interface FindingLocation {
  /**
   * The rectangle to show (absolute, top-left, board units): the cell for a finding about a cell,
   * the stage's or layer's band for one about a stage or a layer, the map's grid otherwise.
   */
  readonly rect: Rect;
  /**
   * Ids of the board items involved, most specific first: the items the rule names (an orphan
   * note), the notes in the cell, the stage's header, the layer's header. Empty when none is known.
   */
  readonly itemIds: readonly string[];
}

/** Options of `audit`. */
export interface AuditOptions {
  /** The language of messages and hints. Default: the map's locale. */
  readonly locale?: Locale;
  /** Switches rules off (`'off'`) or changes their severity; rules not listed keep their default. */
  readonly rules?: Partial<Record<RuleId, Severity | 'off'>>;
  /** Layer kinds whose cells must all be filled, on top of the layers the map marks `required`. */
  readonly requiredLayers?: readonly LayerKind[];
  /** Where the map is on the board (`MapReading.geometry`): findings then carry `where`. */
  readonly geometry?: MapGeometry;
  /**
   * Notes the reader could not tell from a stage (layer) of their own whose header is missing
   * (`unsure-stage` / `unsure-layer` warnings, counted by `auditReading`): the map may not be
   * the board, so `unreadable-map` says so.
   */
  readonly unsure?: { readonly stages: number; readonly layers: number };
}

/**
 * What a rule reports before `audit` stamps the rule id and severity on it. Rules word every
 * finding in both languages, so they never need to know the report's locale.
 */
export interface RuleFinding {
  readonly stage?: string;
  readonly layer?: string;
  /** Board items the finding is about beyond its cell and headers (an orphan note's item). */
  readonly itemIds?: readonly string[];
  readonly message: Localized;
  readonly hint: Localized;
}

/** One audit rule: its documentation and its check. */
export interface Rule {
  readonly id: RuleId;
  /** The severity of its findings unless `AuditOptions.rules` says otherwise. */
  readonly severity: Severity;
  /** A short name for lists (`--help`, docs). */
  readonly title: Localized;
  /** What the rule checks and why, in one or two sentences. */
  readonly description: Localized;
  /** Finds the rule's problems in the map, in the order they should be listed within a stage. */
  readonly check: (context: AuditContext) => readonly RuleFinding[];
}
