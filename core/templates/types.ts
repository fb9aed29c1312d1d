import type { Localized } from '../i18n.ts';
import type { Persona, Sentiment } from '../model/map.ts';
import type { Phase } from '../model/phases.ts';
import type { LayerKind } from '../model/vocabulary.ts';

/**
 * The shapes of the template library. Templates are typed data (docs/architecture.md,
 * *Files*): a reader can review a template as a table of stages and layers, and the
 * compiler checks every phase, kind and locale.
 *
 * Everything is `readonly` because the templates are shared module-level constants: a panel that
 * edits "its" template would otherwise change it for every later map.
 */

/** A column of a template: one step of the customer's path, tagged with its RACE phase. */
export interface TemplateStage {
  /** Unique within the template, e.g. `s1`; becomes the stage id of created maps. */
  readonly id: string;
  readonly name: Localized;
  /** Every template stage has a phase: templates are RACE funnels by construction. */
  readonly phase: Phase;
  /** The parallel variant ("Online" / "Offline") when the path branches (docs/domain.md, *Funnel rules* 2). */
  readonly lane?: Localized;
  /** A question that helps fill the column, e.g. what triggers this step. */
  readonly prompt?: Localized;
}

/** A row of a template. */
export interface TemplateLayer {
  /** Unique within the template, e.g. `l1`; becomes the layer id of created maps. */
  readonly id: string;
  readonly kind: LayerKind;
  /** Only when the row is named differently from its kind; default `LAYER_VOCABULARY[kind].title`. */
  readonly title?: Localized;
  /** The audit flags empty cells of required layers. */
  readonly required: boolean;
  /**
   * A question that helps fill the row, only when it differs from the question every row of its
   * kind asks; default `LAYER_PROMPTS[kind]` (see `getLayerPrompt`).
   */
  readonly prompt?: Localized;
}

/** A hint for one cell (stage × layer), more specific than the stage or layer prompt. */
export interface TemplateCellPrompt {
  readonly stage: string;
  readonly layer: string;
  readonly text: Localized;
}

/** An example note: the worked example a template can pre-fill a map with. */
export interface TemplateExampleNote {
  readonly stage: string;
  readonly layer: string;
  readonly text: Localized;
  /** Emotion notes only: -1 negative, 0 neutral, 1 positive. */
  readonly sentiment?: Sentiment;
  /** Metric notes only: the number the text shows ("Клиентов: 10 000" → 10000). */
  readonly value?: number;
}

/** The worked example of a template: a persona and notes, both optional parts of a map. */
export interface TemplateExamples {
  readonly persona?: Localized<Persona>;
  readonly notes: readonly TemplateExampleNote[];
}

/** A canvas of stages and layers to start a journey map from. */
export interface Template {
  /** Stable id used by the command line and the panels, e.g. `b2b-saas`. */
  readonly id: string;
  readonly name: Localized;
  /** One or two sentences: which business the template suits. */
  readonly description: Localized;
  /** In funnel order, left to right. */
  readonly stages: readonly TemplateStage[];
  /** Top to bottom. */
  readonly layers: readonly TemplateLayer[];
  readonly prompts?: readonly TemplateCellPrompt[];
  readonly examples?: TemplateExamples;
}

/** What a UI needs to list a template, in one locale. */
export interface TemplateSummary {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly stageCount: number;
  readonly layerCount: number;
  /** The RACE phases the stages cover, in funnel order, each once. */
  readonly phases: Phase[];
  /** True when the template can pre-fill a map with example notes. */
  readonly hasExamples: boolean;
}
