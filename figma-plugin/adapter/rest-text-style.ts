import type { TextSublayerNode } from '@figma/plugin-typings/plugin-api-standalone';
import { hasLinesToSetApart } from '../../core/index.ts';

/** The members of a text (a TEXT node, a text path, a sticky's or a shape's `text`) its styling is read with. */
export type StyledTextSource = Pick<TextSublayerNode, 'characters' | 'fontWeight' | 'fontSize' | 'getStyledTextSegments'>;

/** How heavy and large a run is drawn, as a REST `TypeStyle` says it (only the fields cjm-kit reads). */
interface RestTypeStyle {
  fontWeight?: number;
  fontSize?: number;
}

/** The styled-text fields of a REST TEXT node (@figma/rest-api-spec `TypePropertiesTrait`). */
export interface RestTextStyle {
  style: RestTypeStyle;
  characterStyleOverrides: number[];
  styleOverrideTable: Record<string, RestTypeStyle>;
}

/**
 * The styling of a text as Figma's REST API writes it (`style`, `characterStyleOverrides`,
 * `styleOverrideTable`), so core's importer gives the snapshot item the title it gives the same
 * node of an export (a first line drawn heavier or larger: `figmaStyledTitle`). Undefined when
 * styling cannot set a line apart: one line, or weight and size the same for every character
 * (both read as numbers, not `figma.mixed`) — then `getStyledTextSegments` is not called at all,
 * which keeps big pages cheap (docs/figma-plugin-api.md, "Styled text"). No font is loaded:
 * reading styles needs none. `characters`: the text's characters when the caller has read them
 * already (each property read is a call into the editor).
 */
export function restTextStyle(text: StyledTextSource, characters: string = text.characters): RestTextStyle | undefined {
  if (!hasLinesToSetApart(characters)) return undefined;
  if (typeof text.fontWeight === 'number' && typeof text.fontSize === 'number') return undefined;
  return encodeRestStyle(text.getStyledTextSegments(['fontWeight', 'fontSize']));
}

/** A styled segment as `getStyledTextSegments(['fontWeight', 'fontSize'])` gives it. */
export interface WeightSizeSegment {
  readonly start: number;
  readonly end: number;
  readonly fontWeight: number;
  readonly fontSize: number;
}

/**
 * Segments → REST's per-character style ids: the last segment's style is the node's own `style`
 * (id 0, left off the end of the array as REST leaves trailing zeros off), every other distinct
 * style gets an id whose table entry lists what it changes.
 */
export function encodeRestStyle(segments: readonly WeightSizeSegment[]): RestTextStyle {
  const last = segments.at(-1);
  const base: RestTypeStyle = last ? { fontWeight: last.fontWeight, fontSize: last.fontSize } : {};
  const ids = new Map<string, number>();
  const table: Record<string, RestTypeStyle> = {};
  const overrides: number[] = [];
  let styledEnd = 0;
  for (const segment of segments) {
    if (segment.fontWeight === base.fontWeight && segment.fontSize === base.fontSize) continue;
    const key = `${segment.fontWeight}/${segment.fontSize}`;
    let id = ids.get(key);
    if (id === undefined) {
      id = ids.size + 1;
      ids.set(key, id);
      table[String(id)] = {
        ...(segment.fontWeight === base.fontWeight ? {} : { fontWeight: segment.fontWeight }),
        ...(segment.fontSize === base.fontSize ? {} : { fontSize: segment.fontSize }),
      };
    }
    for (let i = styledEnd; i < segment.start; i++) overrides.push(0);
    for (let i = Math.max(styledEnd, segment.start); i < segment.end; i++) overrides.push(id);
    styledEnd = Math.max(styledEnd, segment.end);
  }
  return { style: base, characterStyleOverrides: overrides, styleOverrideTable: table };
}
