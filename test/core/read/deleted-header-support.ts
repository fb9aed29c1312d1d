/**
 * Support for deleted-header-boards.test.ts (issue #12, case 7 on the hand-drawn boards): the
 * boards with the cells their own expectations state, the headings a read map has, what deleting
 * one does to the board, and the four invariants the case-7 property checks on generated maps
 * (missing-header.property.test.ts), here checked on boards people could have drawn.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { auditReading, cellRect, readDocument, readImportedBoard } from '../../../core/index.ts';
import type { BoardItem, BoardSnapshot, DocumentReading, MapReading, Rect } from '../../../core/index.ts';
import { BLIND_BOARDS } from '../../fixtures/blind/index.ts';
import { BLIND2_BOARDS } from '../../fixtures/blind2/index.ts';
import { BLIND3_BOARDS } from '../../fixtures/blind3/index.ts';
import { drawBlindLaneBoards } from '../../fixtures/blind-lanes/boards.ts';
import { FIXTURES } from '../../fixtures/fixture-list.ts';

/** Where one note belongs by its board's own expectation. `''` is an unnamed stage or layer. */
export interface ExpectedNote {
  /** Its board item id; absent where the expectation names notes by text (blind2). */
  readonly id?: string;
  readonly text: string;
  /** The names the stage may be read with. */
  readonly stage: readonly string[];
  readonly lane?: string;
  readonly layer: readonly string[];
}

/** One hand-drawn board export, with the cells of its notes as its own expectation states them. */
export interface HeaderBoard {
  /** `set/file`, e.g. `blind2/miro-09-deleted-stage-header-ru`. */
  readonly name: string;
  readonly file: string;
  readonly expected: readonly ExpectedNote[];
}

const fixture = (path: string) => fileURLToPath(new URL(`../../fixtures/${path}.json`, import.meta.url));
const norm = (text: string) => text.replace(/\s+/g, ' ').trim();
const names = (name: string | readonly string[] | undefined): readonly string[] => (name === undefined ? [''] : typeof name === 'string' ? [name] : name);

/**
 * Every hand-drawn board of test/fixtures that says where its notes belong: the four blind sets
 * (blind, blind2, blind3, blind-lanes) and the four hand-made fixture boards with an `.expected.json`.
 */
export function headerBoards(): HeaderBoard[] {
  const boards: HeaderBoard[] = [];
  for (const board of BLIND_BOARDS) {
    const expected: ExpectedNote[] = [];
    for (const [id, place] of board.expected.placements) {
      if ('orphan' in place) continue;
      // A board module names an unnamed stage or layer `#n`.
      expected.push({ id, text: place.text, stage: [place.stage.startsWith('#') ? '' : place.stage], layer: [place.layer.startsWith('#') ? '' : place.layer] });
    }
    boards.push({ name: `blind/${board.name}`, file: fixture(`blind/${board.name}`), expected });
  }
  for (const [set, board] of [...BLIND2_BOARDS.map((b) => ['blind2', b] as const), ...BLIND3_BOARDS.map((b) => ['blind3', b] as const)]) {
    const expected: ExpectedNote[] = [];
    for (const map of board.maps) {
      map.cells.forEach((row, j) =>
        row.forEach((texts, i) => {
          const stage = map.stages[i];
          const layer = map.layers[j];
          for (const text of texts) expected.push({ text: norm(text), stage: names(stage?.name), ...(stage?.lane === undefined ? {} : { lane: stage.lane }), layer: names(layer?.title) });
        }),
      );
    }
    boards.push({ name: `${set}/${board.file}`, file: fixture(`${set}/${board.file}`), expected });
  }
  for (const drawing of drawBlindLaneBoards()) {
    const expected: ExpectedNote[] = [];
    const text = new Map(drawing.items.map((item) => [item.id, item.text]));
    for (const map of drawing.maps) {
      const stages = new Map(map.stages.map((stage) => [stage.key, stage]));
      for (const [id, cell] of Object.entries(map.notes)) {
        const stage = stages.get(cell.stage);
        expected.push({ id, text: norm(text.get(id) ?? ''), stage: [stage?.name ?? ''], ...(stage?.lane === undefined ? {} : { lane: stage.lane }), layer: [cell.layer] });
      }
    }
    boards.push({ name: `blind-lanes/${drawing.name}`, file: fixture(`blind-lanes/${drawing.name}`), expected });
  }
  for (const { name } of FIXTURES) {
    const want = JSON.parse(readFileSync(fixture(`${name}.expected`), 'utf8')) as { notes: Record<string, readonly [string, string]> };
    const expected = Object.entries(want.notes).map(([id, [stage, layer]]) => ({ id, text: '', stage: [stage], layer: [layer] }));
    boards.push({ name: `fixtures/${name}`, file: fixture(name), expected });
  }
  return boards;
}

/** Where a read note is: `map index: stage name[/lane] × layer title`, or `orphan`. */
export type CellsById = ReadonlyMap<string, string>;

/** The cell of every note of every map read (by board item id), orphans as `orphan`. */
export function cellsById(readings: readonly MapReading[]): Map<string, string> {
  const cells = new Map<string, string>();
  readings.forEach(({ map }, index) => {
    const stages = new Map(map.stages.map((stage) => [stage.id, stage.lane === undefined ? stage.name : `${stage.name}/${stage.lane}`]));
    const layers = new Map(map.layers.map((layer) => [layer.id, layer.title]));
    for (const note of map.notes) if (note.source) cells.set(note.source.id, `${index}: ${stages.get(note.stage) ?? '?'} × ${layers.get(note.layer) ?? '?'}`);
    for (const orphan of map.orphans) if (orphan.source) cells.set(orphan.source.id, 'orphan');
  });
  return cells;
}

/**
 * What the intact reading of a board gets wrong by the board's own expectation of its notes'
 * cells (stage, lane, layer): empty when every expected note is where its board says.
 */
export function misreadNotes(board: HeaderBoard, readings: readonly MapReading[]): string[] {
  const read: { id: string; text: string; stage: string; lane: string | undefined; layer: string }[] = [];
  for (const { map } of readings) {
    const stages = new Map(map.stages.map((stage) => [stage.id, stage]));
    const layers = new Map(map.layers.map((layer) => [layer.id, layer.title]));
    for (const note of map.notes) {
      const stage = stages.get(note.stage);
      read.push({ id: note.source?.id ?? '', text: norm(note.text), stage: stage?.name ?? '?', lane: stage?.lane, layer: layers.get(note.layer) ?? '?' });
    }
  }
  const byId = new Map(read.map((note) => [note.id, note]));
  const used = new Set<string>();
  const wrong: string[] = [];
  for (const want of board.expected) {
    const fits = (note: (typeof read)[number]) =>
      want.stage.includes(norm(note.stage)) && note.lane === want.lane && want.layer.includes(norm(note.layer));
    const note = want.id === undefined ? read.find((n) => !used.has(n.id) && n.text === want.text && fits(n)) : byId.get(want.id);
    if (note && fits(note)) {
      used.add(note.id);
      continue;
    }
    wrong.push(`${want.id ?? JSON.stringify(want.text)}: ${note ? `${note.stage}/${note.lane ?? ''} × ${note.layer}` : 'not a note'}, expected ${want.stage.join('|')}/${want.lane ?? ''} × ${want.layer.join('|')}`);
  }
  return wrong;
}

/** The board as it was exported, parsed and imported once, as the command line reads it. */
export interface LoadedBoard {
  readonly document: DocumentReading;
  readonly snapshot: BoardSnapshot;
  /** Items a person cannot delete, only empty: FigJam table cells, children of a Figma auto-layout (see `deleteHeading`). */
  readonly keepSlot: ReadonlySet<string>;
}

/** Reads a board export file through `readDocument`, the command line's path. */
export function loadBoard(board: HeaderBoard): LoadedBoard {
  const json: unknown = JSON.parse(readFileSync(board.file, 'utf8'));
  const document = readDocument(json, { where: board.name });
  if (!document.snapshot) throw new Error(`${board.name}: not a board export`);
  return { document, snapshot: document.snapshot, keepSlot: figmaSlots(json) };
}

/** Ids of a Figma REST file's nodes that hold a slot: table cells, and children of an auto-layout frame. */
function figmaSlots(json: unknown): Set<string> {
  const slots = new Set<string>();
  const walk = (node: unknown, inAutoLayout: boolean) => {
    if (typeof node !== 'object' || node === null) return;
    const { id, type, layoutMode, children } = node as { id?: unknown; type?: unknown; layoutMode?: unknown; children?: unknown };
    if (typeof id === 'string' && (type === 'TABLE_CELL' || inAutoLayout)) slots.add(id);
    const auto = layoutMode === 'HORIZONTAL' || layoutMode === 'VERTICAL';
    if (Array.isArray(children)) for (const child of children) walk(child, auto);
  };
  const { document } = (json ?? {}) as { document?: unknown };
  walk(document, false);
  return slots;
}

/** One stage header (shared by the lanes) or one layer heading (one lane's) of a read map. */
export interface Heading {
  readonly axis: 'stage' | 'layer';
  /** The stage's name or the layer's title, as read. */
  readonly name: string;
  /** The lane of a layer heading in a map in swimlanes. */
  readonly lane?: string;
  /** The board items that carry it (`MapGeometry.stageHeaders` / `layerHeaders`). */
  readonly itemIds: readonly string[];
  /** The notes under it: its column (row), in its lane. */
  readonly noteIds: ReadonlySet<string>;
  /** The named headings either side of it along its axis (its lane's, for a layer), as read. */
  readonly neighbours: readonly string[];
  /** How many headings its axis has (its lane's, for a layer). */
  readonly onAxis: number;
  /** The map it heads, by index in the reading. */
  readonly map: number;
}

/**
 * A heading's key in a known-failure list: `stage:Name`, `layer:Title` or `layer:Title@Lane`,
 * after `m2/` on a board's second map.
 */
export function headingKey(heading: Heading): string {
  return `${heading.map === 0 ? '' : `m${heading.map + 1}/`}${heading.axis}:${heading.name}${heading.lane === undefined ? '' : `@${heading.lane}`}`;
}

/** How much two rectangles lie level with each other, across either axis (0 – 1). */
function levelWith(a: Rect, b: Rect): number {
  const overlap = (a0: number, a1: number, b0: number, b1: number) => Math.max(0, Math.min(a1, b1) - Math.max(a0, b0)) / Math.max(1, Math.min(a1 - a0, b1 - b0));
  return Math.max(overlap(a.x, a.x + a.width, b.x, b.x + b.width), overlap(a.y, a.y + a.height, b.y, b.y + b.height));
}

/** Every heading of every map read that has notes under it. */
export function headingsOf(readings: readonly MapReading[], snapshot: BoardSnapshot): Heading[] {
  const rects = new Map(snapshot.items.map((item) => [item.id, item.rect]));
  const headings: Heading[] = [];
  readings.forEach(({ map, geometry }, index) => {
    const named = (list: readonly string[], at: number) => [list[at - 1], list[at + 1]].filter((n): n is string => n !== undefined && n !== '');
    // Stages: the lanes of a map in swimlanes share one stage row, so one header heads a stage id per lane.
    const stageGroups = new Map<string, { name: string; itemIds: readonly string[]; stages: Set<string> }>();
    for (const stage of map.stages) {
      const ids = geometry.stageHeaders.get(stage.id);
      if (!ids || ids.length === 0) continue;
      const key = [...ids].sort().join(' ');
      const group = stageGroups.get(key) ?? { name: stage.name, itemIds: ids, stages: new Set<string>() };
      group.stages.add(stage.id);
      stageGroups.set(key, group);
    }
    const stageNames = [...new Set(map.stages.map((stage) => stage.name))];
    for (const group of stageGroups.values()) {
      const noteIds = new Set(map.notes.filter((note) => group.stages.has(note.stage)).map((note) => note.source?.id ?? ''));
      if (noteIds.size === 0) continue;
      headings.push({ axis: 'stage', name: group.name, itemIds: group.itemIds, noteIds, neighbours: named(stageNames, stageNames.indexOf(group.name)), onAxis: stageGroups.size, map: index });
    }
    // Layers: one heading per lane. A heading item belongs to the lane whose cells of its layer it lies level with.
    const lanes = [...new Set(map.stages.map((stage) => stage.lane))];
    const byLane = new Map<string | undefined, { layer: string; title: string; itemIds: string[] }[]>();
    for (const layer of map.layers) {
      const ids = geometry.layerHeaders.get(layer.id) ?? [];
      const perLane = new Map<string | undefined, string[]>();
      for (const id of ids) {
        const rect = rects.get(id);
        let best: { lane: string | undefined; score: number } = { lane: lanes[0], score: -1 };
        if (rect && lanes.length > 1) {
          for (const stage of map.stages) {
            const cell = cellRect(geometry, stage.id, layer.id);
            const score = cell ? levelWith(rect, cell) : 0;
            if (score > best.score) best = { lane: stage.lane, score };
          }
        }
        perLane.set(best.lane, [...(perLane.get(best.lane) ?? []), id]);
      }
      for (const [lane, itemIds] of perLane) byLane.set(lane, [...(byLane.get(lane) ?? []), { layer: layer.id, title: layer.title, itemIds }]);
    }
    for (const [lane, list] of byLane) {
      const titles = list.map((entry) => entry.title);
      list.forEach((entry, at) => {
        const stages = new Set(map.stages.filter((stage) => lanes.length <= 1 || stage.lane === lane).map((stage) => stage.id));
        const noteIds = new Set(map.notes.filter((note) => note.layer === entry.layer && stages.has(note.stage)).map((note) => note.source?.id ?? ''));
        if (noteIds.size === 0) return;
        headings.push({ axis: 'layer', name: entry.title, ...(lanes.length > 1 && lane !== undefined ? { lane } : {}), itemIds: entry.itemIds, noteIds, neighbours: named(titles, at), onAxis: list.length, map: index });
      });
    }
  });
  return headings;
}

/**
 * The board with one heading gone, as a person would delete it: the item that carries it is
 * removed. A heading made of several items (a title and its caption, a text on a shape) has its
 * texts emptied instead, as does an item that keeps its slot when deleted — a FigJam table cell
 * (a table's cell cannot be deleted, only emptied), a child of a Figma auto-layout (deleting it
 * would move its siblings, which a re-export would show but this cannot), a container (a frame or
 * section whose name heads: deleting it deletes what it holds).
 */
export function deleteHeading(board: LoadedBoard, heading: Heading): BoardSnapshot {
  const ids = new Set(heading.itemIds);
  const blank = (item: BoardItem) => heading.itemIds.length > 1 || item.type === 'frame' || board.keepSlot.has(item.id);
  const items: BoardItem[] = [];
  for (const item of board.snapshot.items) {
    if (!ids.has(item.id)) items.push(item);
    else if (blank(item)) {
      const { title: _title, ...rest } = item;
      items.push({ ...rest, text: '' });
    }
  }
  return { ...board.snapshot, items };
}

/** Reads a changed board the way the command line reads an export (`readImportedBoard`). */
export function readAgain(board: LoadedBoard, snapshot: BoardSnapshot, where: string): DocumentReading {
  return readImportedBoard(board.document.format === 'miro-rest' ? 'miro-rest' : 'figma-rest', snapshot, { where });
}

const errorCount = (reading: MapReading) => auditReading(reading).filter((finding) => finding.severity === 'error').length;

/**
 * What breaks case 7's invariants when `heading` is deleted: (a) a note under it lands in
 * another titled stage (layer) with no `unsure-*` doubt naming the place — or leaves its layer
 * (stage); (b) no `unnamed-*` or `unsure-*`
 * warning names the named neighbours; (c) the damaged map passes an audit the intact one fails;
 * (d) another note leaves its cell (or the board reads as another number of maps).
 */
export function brokenInvariants(intact: readonly MapReading[], heading: Heading, damaged: readonly MapReading[]): string[] {
  const problems: string[] = [];
  const before = cellsById(intact);
  const after = cellsById(damaged);
  if (damaged.length !== intact.length) problems.push(`(d) ${damaged.length} maps read, ${intact.length} intact`);
  // (a) In an unnamed stage (layer) or an orphan, in the same layer (stage) — or, where the
  // reader says it cannot tell (an `unsure-*` warning naming the place; the audit then fails as
  // unreadable-map), in a neighbour.
  const holder = damaged[heading.map] ?? damaged[0];
  const unsureCode = heading.axis === 'stage' ? 'unsure-stage' : 'unsure-layer';
  const doubted = (holder?.warnings ?? []).some((w) => w.code === unsureCode && heading.neighbours.every((name) => w.message.includes(name)));
  const moved: string[] = [];
  for (const id of heading.noteIds) {
    const now = after.get(id) ?? 'nothing';
    if (now === 'orphan') continue;
    const was = before.get(id) ?? '';
    const [, cell = ''] = now.split(': ');
    const [stage = '', layer = ''] = cell.split(' × ');
    const [, wasCell = ''] = was.split(': ');
    const [wasStage = '', wasLayer = ''] = wasCell.split(' × ');
    const here = heading.axis === 'stage' ? stage.replace(/\/.*$/u, '') : layer;
    const other = heading.axis === 'stage' ? layer === wasLayer : stage === wasStage;
    if ((here !== '' && here !== heading.name && !doubted) || !other) moved.push(`${id} → ${now}`);
  }
  if (moved.length > 0) problems.push(`(a) ${moved.length} of its ${heading.noteIds.size} notes moved: ${moved.slice(0, 2).join('; ')}`);
  // (b) The map that holds most of its notes now says where the header is missing.
  const codes = heading.axis === 'stage' ? ['unnamed-stage', 'unsure-stage'] : ['unnamed-layer', 'unsure-layer'];
  const warnings = (holder?.warnings ?? []).filter((w) => codes.includes(w.code));
  if (!warnings.some((w) => heading.neighbours.every((name) => w.message.includes(name)))) {
    problems.push(`(b) no ${codes.join('/')} warning names ${heading.neighbours.map((n) => `«${n}»`).join(' and ') || 'the place'}${warnings.length > 0 ? ` (got: ${warnings.map((w) => w.message).join(' / ')})` : ''}`);
  }
  // (c) Never a pass where the intact map fails.
  const intactMap = intact[heading.map];
  if (intactMap && errorCount(intactMap) > 0 && (!holder || errorCount(holder) === 0)) problems.push('(c) the damaged map passes the audit the intact one fails');
  // (d) Every other note keeps its cell.
  const lost: string[] = [];
  for (const [id, cell] of before) {
    if (cell === 'orphan' || heading.noteIds.has(id)) continue;
    if (after.get(id) !== cell) lost.push(`${id}: ${cell} → ${after.get(id) ?? 'nothing'}`);
  }
  if (lost.length > 0) problems.push(`(d) ${lost.length} other notes moved: ${lost.slice(0, 2).join('; ')}`);
  return problems;
}
