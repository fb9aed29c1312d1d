import type { Rect } from '../../core/geometry.ts';
import { containsRect } from '../../core/geometry.ts';
import type { BoardPlan, ColorToken, PlanItem } from '../../core/layout/types.ts';

/**
 * Writes a board plan as Figma's REST API returns the file it makes (`GET /v1/files/:key`, with
 * `?plugin_data=shared` for markers): the test double of an export. FigJam boards become a
 * SECTION holding STICKY notes and SHAPE_WITH_TEXT headers; design files a FRAME holding TEXT
 * laid over RECTANGLEs (grouped), as people build cards in Figma.
 */

/** Options of {@link planToFigmaRest}. */
export interface FigmaRestExportOptions {
  /** Which editor the file belongs to. */
  readonly editor: 'figjam' | 'figma';
  /** Store each item's marker in shared plugin data under `cjm-kit` / `marker`. */
  readonly markers: boolean;
  /** File name. */
  readonly name?: string;
}

/** A Figma REST node as the writers build it (loosely typed: tests feed it to the importer as JSON). */
export interface FigmaRestNode {
  id: string;
  name: string;
  type: string;
  children?: FigmaRestNode[];
  [key: string]: unknown;
}

/** A Figma colour (channels 0..1) from `#rrggbb`. */
export function figmaColor(hex: string): { r: number; g: number; b: number; a: number } {
  const n = Number.parseInt(hex.slice(1), 16);
  return { r: ((n >> 16) & 255) / 255, g: ((n >> 8) & 255) / 255, b: (n & 255) / 255, a: 1 };
}

/** A solid fill. */
export function solidFill(hex: string): Record<string, unknown> {
  return { blendMode: 'NORMAL', type: 'SOLID', color: figmaColor(hex) };
}

/** Fields every layout node of a REST file has. */
export function layoutFields(rect: Rect): Record<string, unknown> {
  const box = { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
  return {
    scrollBehavior: 'SCROLLS',
    blendMode: 'PASS_THROUGH',
    absoluteBoundingBox: box,
    absoluteRenderBounds: { ...box },
    constraints: { vertical: 'TOP', horizontal: 'LEFT' },
    effects: [],
    interactions: [],
  };
}

/** A TEXT node in Inter, as a REST file lists it. */
export function textNode(id: string, rect: Rect, characters: string, fontSize = 16, color = '#1e1e1e'): FigmaRestNode {
  return {
    id,
    name: characters.slice(0, 40) || 'Text',
    type: 'TEXT',
    ...layoutFields(rect),
    fills: [solidFill(color)],
    strokes: [],
    strokeWeight: 1,
    strokeAlign: 'OUTSIDE',
    characters,
    style: {
      fontFamily: 'Inter',
      fontPostScriptName: null,
      fontStyle: 'Regular',
      fontWeight: 400,
      textAutoResize: 'HEIGHT',
      fontSize,
      textAlignHorizontal: 'LEFT',
      textAlignVertical: 'TOP',
      letterSpacing: 0,
      lineHeightPx: Math.round(fontSize * 1.21),
      lineHeightPercent: 100,
      lineHeightUnit: 'INTRINSIC_%',
    },
    layoutVersion: 4,
    characterStyleOverrides: [],
    styleOverrideTable: {},
    lineTypes: ['NONE'],
    lineIndentations: [0],
  };
}

/** A FigJam STICKY. */
export function stickyNode(id: string, rect: Rect, characters: string, color: string): FigmaRestNode {
  return { id, name: characters.slice(0, 40) || 'Sticky', type: 'STICKY', ...layoutFields(rect), fills: [solidFill(color)], authorVisible: false, characters };
}

/** A FigJam SHAPE_WITH_TEXT. */
export function shapeWithTextNode(id: string, rect: Rect, characters: string, color: string, shapeType = 'SQUARE'): FigmaRestNode {
  return {
    id,
    name: characters.slice(0, 40) || shapeType,
    type: 'SHAPE_WITH_TEXT',
    ...layoutFields(rect),
    fills: [solidFill(color)],
    strokes: [solidFill('#1e1e1e')],
    strokeWeight: 2,
    strokeAlign: 'CENTER',
    cornerRadius: shapeType === 'ROUNDED_RECTANGLE' ? 16 : 0,
    shapeType,
    characters,
  };
}

/** A SECTION (FigJam and design files). */
export function sectionNode(id: string, rect: Rect, name: string, children: FigmaRestNode[], color = '#ffffff'): FigmaRestNode {
  return { id, name, type: 'SECTION', ...layoutFields(rect), sectionContentsHidden: false, fills: [solidFill(color)], strokes: [], strokeWeight: 1, strokeAlign: 'INSIDE', children };
}

/** A FRAME. */
export function frameNode(id: string, rect: Rect, name: string, children: FigmaRestNode[], color = '#ffffff'): FigmaRestNode {
  return {
    id,
    name,
    type: 'FRAME',
    ...layoutFields(rect),
    clipsContent: true,
    background: [solidFill(color)],
    fills: [solidFill(color)],
    strokes: [],
    strokeWeight: 1,
    strokeAlign: 'INSIDE',
    backgroundColor: figmaColor(color),
    children,
  };
}

/** A RECTANGLE. */
export function rectangleNode(id: string, rect: Rect, color: string, name = 'Rectangle'): FigmaRestNode {
  return { id, name, type: 'RECTANGLE', ...layoutFields(rect), fills: [solidFill(color)], strokes: [], strokeWeight: 1, strokeAlign: 'INSIDE', cornerRadius: 4 };
}

/** A GROUP around children; its box is theirs. */
export function groupNode(id: string, rect: Rect, children: FigmaRestNode[], name = 'Group'): FigmaRestNode {
  return { id, name, type: 'GROUP', ...layoutFields(rect), fills: [], strokes: [], strokeWeight: 1, strokeAlign: 'INSIDE', children };
}

/** A REST file around pages. */
export function figmaFile(name: string, editor: 'figjam' | 'figma', pages: { id: string; name: string; children: FigmaRestNode[] }[]): Record<string, unknown> {
  return {
    name,
    role: 'owner',
    lastModified: '2024-05-02T10:21:07Z',
    editorType: editor,
    thumbnailUrl: 'https://s3-alpha.figma.com/thumbnails/test',
    version: '5512398420',
    document: {
      id: '0:0',
      name: 'Document',
      type: 'DOCUMENT',
      scrollBehavior: 'SCROLLS',
      children: pages.map((page) => ({
        id: page.id,
        name: page.name,
        type: 'CANVAS',
        scrollBehavior: 'SCROLLS',
        backgroundColor: editor === 'figjam' ? { r: 0.96, g: 0.96, b: 0.96, a: 1 } : { r: 0.9, g: 0.9, b: 0.9, a: 1 },
        prototypeStartNodeID: null,
        flowStartingPoints: [],
        prototypeDevice: { type: 'NONE', rotation: 'NONE' },
        children: page.children,
      })),
    },
    components: {},
    componentSets: {},
    schemaVersion: 0,
    styles: {},
  };
}

/** FigJam's sticky palette (approximate) for the plan's note colours. */
const STICKY_COLOR: Readonly<Record<string, string>> = {
  'note-yellow': '#ffe299',
  'note-green': '#b3efbd',
  'note-red': '#ffafa3',
  'note-blue': '#a8daff',
  'note-violet': '#d3bdff',
  'note-orange': '#ffc470',
  'note-gray': '#e6e6e6',
  'note-cyan': '#a3f0e4',
  'note-pink': '#ffbdf2',
};

const SHAPE_COLOR: Readonly<Record<string, string>> = {
  frame: '#ffffff',
  title: '#1e1e1e',
  header: '#e6e6e6',
  cell: '#fafafa',
  persona: '#fff6e5',
  curve: '#1e1e1e',
  'phase-plan': '#d0e0ff',
  'phase-reach': '#cdeffd',
  'phase-act': '#d5f692',
  'phase-convert': '#ffd591',
  'phase-engage': '#f5c2e7',
};

function colorOf(token: ColorToken): string {
  return STICKY_COLOR[token] ?? SHAPE_COLOR[token] ?? '#ffffff';
}

/** Inner padding of a design-file card: its text sits inside the rectangle. */
const CARD_PADDING = 8;

/** The REST file of the board a plan makes. */
export function planToFigmaRest(plan: BoardPlan, options: FigmaRestExportOptions): Record<string, unknown> {
  let next = 1;
  const newId = () => `1:${next++}`;
  const shared = (item: PlanItem) => (options.markers ? { sharedPluginData: { 'cjm-kit': { marker: item.marker } } } : {});

  const nodeOf = (item: PlanItem, children: FigmaRestNode[]): FigmaRestNode => {
    const figjam = options.editor === 'figjam';
    const color = colorOf(item.color);
    switch (item.shape) {
      case 'frame':
        return { ...(figjam ? sectionNode(newId(), item.rect, item.text, children) : frameNode(newId(), item.rect, item.text, children)), ...shared(item) };
      case 'text':
        return { ...textNode(newId(), item.rect, item.text, item.fontSize ?? 16), ...shared(item) };
      case 'sticky':
      case 'shape': {
        if (figjam) {
          return item.shape === 'sticky'
            ? { ...stickyNode(newId(), item.rect, item.text, color), ...shared(item) }
            : { ...shapeWithTextNode(newId(), item.rect, item.text, color), ...shared(item) };
        }
        if (item.text === '') return { ...rectangleNode(newId(), item.rect, color), ...shared(item) };
        const inner = { x: item.rect.x + CARD_PADDING, y: item.rect.y + CARD_PADDING, width: Math.max(0, item.rect.width - 2 * CARD_PADDING), height: Math.max(0, item.rect.height - 2 * CARD_PADDING) };
        return groupNode(newId(), item.rect, [rectangleNode(newId(), item.rect, color), { ...textNode(newId(), inner, item.text, item.fontSize ?? 14), ...shared(item) }], item.role);
      }
      case 'dot':
        if (figjam) return { ...shapeWithTextNode(newId(), item.rect, '', color, 'ELLIPSE'), ...shared(item) };
        return { id: newId(), name: 'Ellipse', type: 'ELLIPSE', ...layoutFields(item.rect), fills: [solidFill(color)], strokes: [], strokeWeight: 1, strokeAlign: 'INSIDE', ...shared(item) };
      case 'line': {
        const from = item.from ?? { x: item.rect.x, y: item.rect.y };
        const to = item.to ?? { x: item.rect.x + item.rect.width, y: item.rect.y + item.rect.height };
        if (figjam) {
          return {
            id: newId(),
            name: 'Connector line',
            type: 'CONNECTOR',
            ...layoutFields(item.rect),
            fills: [],
            strokes: [solidFill(color)],
            strokeWeight: 2,
            connectorStart: { position: from },
            connectorEnd: { position: to },
            connectorStartStrokeCap: 'NONE',
            connectorEndStrokeCap: 'NONE',
            connectorLineType: 'STRAIGHT',
            characters: '',
            ...shared(item),
          };
        }
        return { id: newId(), name: 'Line', type: 'LINE', ...layoutFields(item.rect), fills: [], strokes: [solidFill(color)], strokeWeight: 2, strokeAlign: 'CENTER', ...shared(item) };
      }
    }
  };

  // Nest every item in the smallest frame around it, as a plugin appending to the section would.
  const frames = plan.items.filter((item) => item.shape === 'frame');
  const parentOf = new Map<PlanItem, PlanItem | undefined>();
  for (const item of plan.items) {
    const parent = frames
      .filter((frame) => frame !== item && containsRect(frame.rect, item.rect))
      .sort((a, b) => a.rect.width * a.rect.height - b.rect.width * b.rect.height)[0];
    parentOf.set(item, parent);
  }
  const build = (parent: PlanItem | undefined): FigmaRestNode[] =>
    plan.items.filter((item) => parentOf.get(item) === parent).map((item) => nodeOf(item, item.shape === 'frame' ? build(item) : []));

  return figmaFile(options.name ?? 'Customer journey map', options.editor, [{ id: '0:1', name: 'Page 1', children: build(undefined) }]);
}
