import type { FontName } from '@figma/plugin-typings/plugin-api-standalone';
import { fontKey } from '../fonts.ts';

/** Characters in one font and size, one after another from the first character. */
interface Run {
  readonly length: number;
  readonly fontName: FontName;
  readonly fontSize: number;
}

/** A text's styling at one moment, to take back on undo. */
export type StyledTextState = { readonly characters: string; readonly runs: readonly Run[] };

/**
 * Every field `getStyledTextSegments` accepts (@figma/plugin-typings `StyledTextSegment`, less
 * `characters`, `start`, `end`; docs/figma-plugin-api.md, "Styled text").
 */
const SEGMENT_FIELDS: ReadonlySet<string> = new Set([
  'fontSize', 'fontName', 'fontWeight', 'fontStyle', 'textDecoration', 'textDecorationStyle', 'textDecorationOffset',
  'textDecorationThickness', 'textDecorationColor', 'textDecorationSkipInk', 'textCase', 'lineHeight', 'letterSpacing',
  'fills', 'textStyleId', 'fillStyleId', 'listOptions', 'listSpacing', 'indentation', 'paragraphIndent',
  'paragraphSpacing', 'textWrapStyle', 'hyperlink', 'boundVariables', 'textStyleOverrides', 'openTypeFeatures',
]);

/** The fields the fake keeps per character; asking for another valid one is a test's mistake. */
type ModelledField = 'fontName' | 'fontSize' | 'fontWeight';
const MODELLED: ReadonlySet<string> = new Set<ModelledField>(['fontName', 'fontSize', 'fontWeight']);

/** A segment as `getStyledTextSegments` returns it, with the modelled fields asked for. */
export interface FakeSegment {
  characters: string;
  start: number;
  end: number;
  fontName?: FontName;
  fontSize?: number;
  fontWeight?: number;
}

/** The weight Figma gives a named style ("Semi Bold" 600, "Bold Italic" 700); 400 for names it does not know. */
export function weightOfStyle(style: string): number {
  const name = style.toLowerCase().replace(/italic|oblique/gu, '').replace(/[\s_-]+/gu, '');
  return STYLE_WEIGHTS.get(name === '' ? 'regular' : name) ?? 400;
}

/** The named style of a weight (700 "Bold"), the nearest name for weights between. */
export function styleOfWeight(weight: number): string {
  const names = ['Thin', 'Extra Light', 'Light', 'Regular', 'Medium', 'Semi Bold', 'Bold', 'Extra Bold', 'Black'];
  return names[Math.min(8, Math.max(0, Math.round(weight / 100) - 1))] ?? 'Regular';
}

const STYLE_WEIGHTS: ReadonlyMap<string, number> = new Map([
  ['thin', 100], ['hairline', 100], ['extralight', 200], ['ultralight', 200], ['light', 300], ['regular', 400], ['normal', 400],
  ['book', 400], ['medium', 500], ['semibold', 600], ['demibold', 600], ['bold', 700], ['extrabold', 800], ['ultrabold', 800],
  ['black', 900], ['heavy', 900],
]);

/**
 * The characters of a text with the font and size of each, as Figma keeps them: properties of
 * the whole text read `figma.mixed` when characters differ (docs/figma-plugin-api.md, "Styled
 * text"), ranges are styled with `setRange*`, and `getStyledTextSegments` lists the runs.
 */
export class StyledText {
  #characters = '';
  /** Never empty; an empty text keeps one run of length 0 holding the style new text takes. */
  #runs: Run[];

  constructor(font: FontName, size: number) {
    this.#runs = [{ length: 0, fontName: { ...font }, fontSize: size }];
  }

  get characters(): string {
    return this.#characters;
  }

  get state(): StyledTextState {
    return { characters: this.#characters, runs: this.#runs };
  }

  set state(value: StyledTextState) {
    this.#characters = value.characters;
    this.#runs = [...value.runs];
  }

  /** The one font of the whole text, or undefined when it is mixed. */
  uniformFont(): FontName | undefined {
    const first = this.#runs[0] as Run;
    return this.#runs.every((run) => fontKey(run.fontName) === fontKey(first.fontName)) ? { ...first.fontName } : undefined;
  }

  /** The one size of the whole text, or undefined when it is mixed. */
  uniformSize(): number | undefined {
    const first = this.#runs[0] as Run;
    return this.#runs.every((run) => run.fontSize === first.fontSize) ? first.fontSize : undefined;
  }

  /** The one weight of the whole text (fonts may differ in family), or undefined when it is mixed. */
  uniformWeight(): number | undefined {
    const weight = weightOfStyle((this.#runs[0] as Run).fontName.style);
    return this.#runs.every((run) => weightOfStyle(run.fontName.style) === weight) ? weight : undefined;
  }

  /** The largest size in the text: what the fake lays lines out at. */
  largestSize(): number {
    return Math.max(...this.#runs.map((run) => run.fontSize));
  }

  /** The distinct fonts of the characters from `start` to `end` (the whole text by default; an empty text: its style's). */
  fontsIn(start = 0, end = this.#characters.length): FontName[] {
    const fonts = new Map<string, FontName>();
    let at = 0;
    for (const run of this.#runs) {
      const runEnd = at + run.length;
      if ((runEnd > start && at < end) || this.#characters === '') fonts.set(fontKey(run.fontName), run.fontName);
      at = runEnd;
    }
    return [...fonts.values()];
  }

  /** New characters for the whole text: they take the first character's style (inferred: docs/figma-plugin-api.md, "Styled text"). */
  replace(characters: string): void {
    const first = this.#runs[0] as Run;
    this.#characters = characters;
    this.#runs = [{ length: characters.length, fontName: first.fontName, fontSize: first.fontSize }];
  }

  /** Sets the font, the size or both of every character. */
  setAll(change: { readonly fontName?: FontName; readonly fontSize?: number }): void {
    this.#runs = merge(this.#runs.map((run) => restyle(run, change)));
  }

  /** Loads characters with their runs (a file's style overrides); runs that fall short end in the last one's style. */
  load(characters: string, runs: readonly { readonly length: number; readonly fontName: FontName; readonly fontSize: number }[]): void {
    const kept: Run[] = [];
    let left = characters.length;
    for (const run of runs) {
      const length = Math.min(left, Math.max(0, Math.floor(run.length)));
      if (length > 0) kept.push({ length, fontName: { ...run.fontName }, fontSize: run.fontSize });
      left -= length;
    }
    const first = this.#runs[0] as Run;
    const last = kept.at(-1) ?? first;
    if (left > 0 || kept.length === 0) kept.push({ length: left, fontName: last.fontName, fontSize: last.fontSize });
    this.#characters = characters;
    this.#runs = merge(kept);
  }

  /**
   * Checks a `setRange*` / `getStyledTextSegments` range as Figma does: whole numbers with
   * 0 ≤ start ≤ end ≤ the length (a range setter also needs start < end).
   *
   * @throws Error naming the call and the range.
   */
  checkRange(op: string, start: number, end: number, allowEmpty: boolean): void {
    const length = this.#characters.length;
    const ok = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= length && (allowEmpty ? start <= end : start < end);
    if (!ok) throw new Error(`in ${op}: Expected 0 <= start ${allowEmpty ? '<=' : '<'} end <= ${length} (the length of the characters), got start ${String(start)} and end ${String(end)}`);
  }

  /** Restyles the characters from `start` to `end` (checked by the caller). */
  setRange(start: number, end: number, change: { readonly fontName?: FontName; readonly fontSize?: number }): void {
    const runs: Run[] = [];
    let at = 0;
    for (const run of this.#runs) {
      const runEnd = at + run.length;
      const from = Math.max(at, start);
      const to = Math.min(runEnd, end);
      if (from >= to) runs.push(run);
      else {
        if (from > at) runs.push({ ...run, length: from - at });
        runs.push(restyle({ ...run, length: to - from }, change));
        if (runEnd > to) runs.push({ ...run, length: runEnd - to });
      }
      at = runEnd;
    }
    this.#runs = merge(runs);
  }

  /**
   * `getStyledTextSegments(fields, start, end)`: the range cut where any asked field changes,
   * each segment with its characters, start, end and those fields.
   *
   * @throws Error as Figma does for a `fields` that is not an array of field names, or a start
   *   without an end; and, the fake's own limit, for a valid field it does not model.
   */
  segments(fields: unknown, start?: number, end?: number): FakeSegment[] {
    const op = 'getStyledTextSegments';
    if (!Array.isArray(fields)) throw new Error(`in ${op}: Expected "fields" to be an array of text properties, got ${typeof fields}`);
    for (const [i, field] of fields.entries()) {
      if (typeof field !== 'string' || !SEGMENT_FIELDS.has(field)) throw new Error(`in ${op}: Expected "fields[${i}]" to be one of ${[...SEGMENT_FIELDS].join(', ')}, got ${JSON.stringify(field)}`);
      if (!MODELLED.has(field)) throw new Error(`the fake's ${op} models only ${[...MODELLED].join(', ')}; "${field}" is valid in Figma but not modelled`);
    }
    if (start !== undefined && end === undefined) throw new Error(`in ${op}: "end" is required when "start" is given`);
    const from = start ?? 0;
    const to = end ?? this.#characters.length;
    this.checkRange(op, from, to, true);
    const asked = fields as ModelledField[];
    const segments: FakeSegment[] = [];
    let key = '';
    let at = 0;
    for (const run of this.#runs) {
      const runEnd = at + run.length;
      const a = Math.max(at, from);
      const b = Math.min(runEnd, to);
      at = runEnd;
      if (a >= b) continue;
      const values: Partial<Record<ModelledField, unknown>> = {
        fontName: { ...run.fontName },
        fontSize: run.fontSize,
        fontWeight: weightOfStyle(run.fontName.style),
      };
      const runKey = JSON.stringify(asked.map((field) => values[field]));
      const last = segments.at(-1);
      if (last && runKey === key && last.end === a) {
        last.end = b;
        last.characters = this.#characters.slice(last.start, b);
        continue;
      }
      const segment: FakeSegment = { characters: this.#characters.slice(a, b), start: a, end: b };
      for (const field of asked) Object.assign(segment, { [field]: values[field] });
      segments.push(segment);
      key = runKey;
    }
    return segments;
  }
}

function restyle(run: Run, change: { readonly fontName?: FontName; readonly fontSize?: number }): Run {
  return { length: run.length, fontName: change.fontName ? { ...change.fontName } : run.fontName, fontSize: change.fontSize ?? run.fontSize };
}

/** Joins neighbouring runs of one style, dropping empty ones (an empty text keeps one). */
function merge(runs: readonly Run[]): Run[] {
  const merged: Run[] = [];
  for (const run of runs) {
    const last = merged.at(-1);
    if (run.length === 0 && runs.length > 1) continue;
    if (last && fontKey(last.fontName) === fontKey(run.fontName) && last.fontSize === run.fontSize) merged[merged.length - 1] = { ...last, length: last.length + run.length };
    else merged.push(run);
  }
  return merged.length > 0 ? merged : [runs[0] as Run];
}
