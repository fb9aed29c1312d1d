/**
 * A hand-made journey map whose headers name themselves by styling: a stage header's first line
 * bold over a plain description, a layer header's first line larger over a smaller prompt. The
 * same board is built two ways, each independently of the plugin's snapshot code: by a person in
 * the fake editor (text toolbar on the first line), and as the REST export Figma writes of it
 * (per-character `characterStyleOverrides` into a `styleOverrideTable`, written out here by hand
 * as @figma/rest-api-spec `TypePropertiesTrait` describes them for TEXT nodes; a shape's text is
 * written the same way, which the spec leaves unsaid: docs/figma-rest.md, "Styled text").
 */
import type { FontName } from '@figma/plugin-typings/plugin-api-standalone';
import type { LayerKind } from '../../../core/index.ts';
import type { FakeFigma } from '../../../figma-plugin/fake/index.ts';

/** One header: the name on its first line, the description under it. */
export interface StyledHeader {
  readonly name: string;
  readonly description: string;
  /** The layer kind the name should be read as (layers only). */
  readonly kind?: LayerKind;
}

/** The board: stages across the top, layers down the left, notes by `stage|layer` index. */
export interface StyledBoardSpec {
  readonly stages: readonly StyledHeader[];
  readonly layers: readonly StyledHeader[];
  /** `"<stage index>|<layer index>"` → note texts in that cell. */
  readonly notes: Readonly<Record<string, readonly string[]>>;
  /** How the first line is set apart: 'bold' (700 over 400) or 'larger' (20 over 14). Stages and layers both. */
  readonly stageStyle: 'bold' | 'larger' | 'plain';
  readonly layerStyle: 'bold' | 'larger' | 'plain';
  /** What a stage header is: a FigJam shape with text, or a text on a drawn cell. */
  readonly stageNode: 'shape' | 'text';
}

const CELL = 280;
const LEFT = 300;
const TOP = 160;
const SECTION = { x: -40, y: -40 };
const BASE_SIZE = 14;
const LARGE_SIZE = 20;

/** The text of a header as typed: name, line break, description. */
export function headerText(header: StyledHeader): string {
  return `${header.name}\n${header.description}`;
}

/** What each node of the board is, where it lies and what it says (the one layout both builders use). */
interface Placed {
  readonly kind: 'stage' | 'layer' | 'note';
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** Length of the first line set apart, and how; absent for notes. */
  readonly styled?: { readonly length: number; readonly style: 'bold' | 'larger' | 'plain' };
}

function layout(spec: StyledBoardSpec): Placed[] {
  const placed: Placed[] = [];
  spec.stages.forEach((stage, i) =>
    placed.push({ kind: 'stage', text: headerText(stage), x: LEFT + i * CELL + 10, y: 0, width: CELL - 20, height: 120, styled: { length: stage.name.length, style: spec.stageStyle } }),
  );
  spec.layers.forEach((layer, j) =>
    placed.push({ kind: 'layer', text: headerText(layer), x: 0, y: TOP + j * CELL + 60, width: 260, height: 60, styled: { length: layer.name.length, style: spec.layerStyle } }),
  );
  for (const [cell, texts] of Object.entries(spec.notes)) {
    const [i, j] = cell.split('|').map(Number) as [number, number];
    texts.forEach((text, k) => placed.push({ kind: 'note', text, x: LEFT + i * CELL + 20 + k * 8, y: TOP + j * CELL + 20 + k * 8, width: 240, height: 240 }));
  }
  return placed;
}

function bounds(spec: StyledBoardSpec): { width: number; height: number } {
  return { width: LEFT + spec.stages.length * CELL + 80, height: TOP + spec.layers.length * CELL + 80 };
}

/** Builds the board in a fake FigJam file as a person would: a section, shapes, texts and stickies. */
export function buildStyledBoard(fake: FakeFigma, spec: StyledBoardSpec): void {
  const size = bounds(spec);
  const section = fake.person.addSection('Customer journey', { ...SECTION, ...size });
  for (const item of layout(spec)) {
    const at = { x: item.x, y: item.y, parent: section.id };
    if (item.kind === 'note') {
      fake.person.addSticky(item.text, at);
      continue;
    }
    const node = item.kind === 'stage' && spec.stageNode === 'shape' ? fake.person.addShape(item.text, { ...at, width: item.width, height: item.height }) : fake.person.addText(item.text, { ...at, fontSize: BASE_SIZE });
    const styled = item.styled;
    if (!styled || styled.style === 'plain') continue;
    if (styled.style === 'bold') {
      const regular = item.kind === 'stage' && spec.stageNode === 'shape' ? 'Medium' : 'Regular';
      fake.person.styleText(node.id, 0, item.text.length, { fontName: { family: 'Inter', style: regular } });
      fake.person.styleText(node.id, 0, styled.length, { fontName: { family: 'Inter', style: 'Bold' } });
    } else {
      fake.person.styleText(node.id, 0, item.text.length, { fontSize: BASE_SIZE });
      fake.person.styleText(node.id, 0, styled.length, { fontSize: LARGE_SIZE });
    }
  }
}

/** A REST `TypeStyle` for Inter at a weight and size. */
function typeStyle(weight: number, size: number, font: FontName): Record<string, unknown> {
  return { fontFamily: font.family, fontPostScriptName: `${font.family}-${font.style.replace(/\s/gu, '')}`, fontWeight: weight, fontSize: size, textAlignHorizontal: 'LEFT', textAlignVertical: 'TOP' };
}

/** The board as Figma's REST API exports it (`GET /v1/files/:key`), node ids of its own. */
export function styledBoardRest(spec: StyledBoardSpec): unknown {
  const size = bounds(spec);
  let next = 10;
  const children = layout(spec).map((item) => {
    const id = `2:${next++}`;
    const box = { x: item.x, y: item.y, width: item.width, height: item.height };
    if (item.kind === 'note') {
      return { id, name: item.text, type: 'STICKY', absoluteBoundingBox: box, fills: [{ type: 'SOLID', color: { r: 1, g: 0.851, b: 0.4, a: 1 } }], characters: item.text };
    }
    const styled = item.styled ?? { length: 0, style: 'plain' as const };
    const medium = item.kind === 'stage' && spec.stageNode === 'shape';
    const base = typeStyle(medium ? 500 : 400, BASE_SIZE, { family: 'Inter', style: medium ? 'Medium' : 'Regular' });
    // Figma writes one style id per character of the styled first line and leaves the trailing zeros off.
    const overrides = styled.style === 'plain' ? [] : Array.from({ length: styled.length }, () => 1);
    const table = styled.style === 'bold' ? { 1: { fontWeight: 700, fontPostScriptName: 'Inter-Bold' } } : styled.style === 'larger' ? { 1: { fontSize: LARGE_SIZE } } : {};
    const text = { characters: item.text, style: base, characterStyleOverrides: overrides, styleOverrideTable: table, lineTypes: ['NONE', 'NONE'], lineIndentations: [0, 0] };
    return medium
      ? { id, name: item.text, type: 'SHAPE_WITH_TEXT', shapeType: 'SQUARE', absoluteBoundingBox: box, fills: [{ type: 'SOLID', color: { r: 0.7, g: 0.85, b: 1, a: 1 } }], ...text }
      : { id, name: item.text, type: 'TEXT', absoluteBoundingBox: box, fills: [{ type: 'SOLID', color: { r: 0, g: 0, b: 0, a: 1 } }], ...text };
  });
  const section = { id: '2:1', name: 'Customer journey', type: 'SECTION', absoluteBoundingBox: { ...SECTION, ...size }, fills: [{ type: 'SOLID', color: { r: 1, g: 1, b: 1, a: 1 } }], children };
  return { name: 'Styled headers', editorType: 'figjam', document: { id: '0:0', name: 'Document', type: 'DOCUMENT', children: [{ id: '0:1', name: 'Page 1', type: 'CANVAS', children: [section] }] } };
}
