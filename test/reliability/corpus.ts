import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The hostile corpus (issue #10): malformed inputs for the importers and cjm/1, each with what
 * `cjm` must make of it. Built from three real-looking files (a hand-made Miro board, a FigJam
 * file, a cjm/1 map) by breaking one thing at a time, plus encodings, sizes and endless input.
 *
 * An input is either refused with one line that says what and where (`error`), or read with
 * warnings (`read`), keeping every text listed in `texts` — never a crash, a hang or lost text.
 */
export interface CorpusCase {
  readonly name: string;
  /** The file's bytes, or an endless standard input. */
  readonly input: Uint8Array | (() => AsyncIterable<Uint8Array>);
  readonly expect:
    | { readonly outcome: 'error'; readonly message: RegExp }
    | { readonly outcome: 'read'; readonly texts?: readonly string[]; readonly warning?: RegExp };
  readonly env?: Readonly<Record<string, string>>;
  /** A large input: run through `audit` only (which reads it too), to keep the suite quick. */
  readonly heavy?: boolean;
}

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

type Json = Record<string, unknown>;
type MiroItem = Json & { id: string; type: string; data?: Json; position?: Json; geometry?: Json; parent?: Json };

/** The hand-made clinic board (two listing pages) as one page. */
function miro(): { data: MiroItem[]; total: number; type: string } {
  const pages = readJson<{ data: MiroItem[] }[]>(join(fixtures, 'miro-ru-clinic.json'));
  const data = pages.flatMap((page) => page.data);
  return { data, total: data.length, type: 'cursor-list' };
}
const figma = () => readJson<Json & { document: Json & { children: (Json & { children: Json[] })[] } }>(join(fixtures, 'figjam-ru-retail.json'));
const cjm = () => readJson<Json & { stages: Json[]; layers: Json[]; notes: Json[] }>(join(import.meta.dirname, '..', 'cli', 'fixtures', 'lumus-gaps.cjm.json'));

const encode = (text: string) => new TextEncoder().encode(text);
/** JSON bytes of `value`, where the string "__DEEP__" is replaced by `deep`: JSON text too deeply nested for JSON.stringify. */
const bytes = (value: unknown, deep = '') => encode(deep ? JSON.stringify(value).replace('"__DEEP__"', deep) : JSON.stringify(value));
/** `depth` objects nested as `{"a": {"a": … {} … }}`, as JSON text. */
const nestedObjects = (depth: number) => `${'{"a":'.repeat(depth)}{}${'}'.repeat(depth)}`;

/** The sticky every Miro case breaks, and its text. */
const NOTE = 'Ждёт увидеть цены и свободное время';
const noteOf = (board: { data: MiroItem[] }): MiroItem => {
  const item = board.data.find((entry) => entry.data?.content === `<p>${NOTE}</p>`);
  if (!item) throw new Error('corpus: the clinic board lost its note');
  return item;
};
const frameOf = (board: { data: MiroItem[] }): MiroItem => {
  const item = board.data.find((entry) => entry.type === 'frame');
  if (!item) throw new Error('corpus: the clinic board lost its frame');
  return item;
};

/** A Miro case: the clinic board with `change` applied to its note (and the board). */
function miroCase(name: string, change: (note: MiroItem, board: ReturnType<typeof miro>) => void, texts: readonly string[] = [NOTE], warning: RegExp = /warning/u, deep = ''): CorpusCase {
  const board = miro();
  change(noteOf(board), board);
  return { name: `miro: ${name}`, input: bytes(board, deep), expect: { outcome: 'read', texts, warning } };
}

function error(name: string, input: Uint8Array, message: RegExp, env?: Record<string, string>): CorpusCase {
  return { name, input, expect: { outcome: 'error', message }, ...(env ? { env } : {}) };
}

/** The FigJam file's section and its first sticky, for the Figma cases. */
function figmaCase(name: string, change: (sticky: Json, section: Json & { children: Json[] }, file: ReturnType<typeof figma>) => void, texts: readonly string[] = [], deep = ''): CorpusCase {
  const file = figma();
  const section = file.document.children[0]?.children.find((node) => node.type === 'SECTION') as (Json & { children: Json[] }) | undefined;
  const sticky = section?.children.find((node) => node.type === 'STICKY' && typeof node.characters === 'string' && !String(node.characters).startsWith('Портрет'));
  if (!section || !sticky) throw new Error('corpus: the FigJam file lost its sticky');
  const text = String(sticky.characters);
  change(sticky, section, file);
  return { name: `figma: ${name}`, input: bytes(file, deep), expect: { outcome: 'read', texts: [...texts, ...(texts.length === 0 ? [text] : [])] } };
}

function cjmError(name: string, change: (map: ReturnType<typeof cjm>) => unknown, message: RegExp, deep = ''): CorpusCase {
  const map = cjm();
  const changed = change(map) ?? map;
  return error(`cjm/1: ${name}`, bytes(changed, deep), message);
}

/** Nested frames, each the child of the one before, with a note in the deepest. */
function deepFrames(depth: number): MiroItem[] {
  const frames: MiroItem[] = Array.from({ length: depth }, (_, i) => ({
    id: `f${i}`,
    type: 'frame',
    data: { title: `F${i}` },
    position: { x: 50, y: 50, origin: 'center', relativeTo: i === 0 ? 'canvas_center' : 'parent_top_left' },
    geometry: { width: 100, height: 100 },
    ...(i === 0 ? {} : { parent: { id: `f${i - 1}` } }),
  }));
  return [{ id: 'deep', type: 'sticky_note', data: { content: '<p>На самом дне</p>' }, position: { x: 50, y: 50, relativeTo: 'parent_top_left' }, parent: { id: `f${depth - 1}` } }, ...frames];
}

function utf16(text: string, little: boolean, bom: boolean): Uint8Array {
  const body = Buffer.from(text, 'utf16le');
  if (!little) body.swap16();
  return new Uint8Array(Buffer.concat([bom ? Buffer.from(little ? [0xff, 0xfe] : [0xfe, 0xff]) : Buffer.alloc(0), body]));
}

function utf32(text: string, little: boolean, bom: boolean): Uint8Array {
  const points = [...(bom ? '\uFEFF' : ''), ...text].map((char) => char.codePointAt(0) ?? 0);
  const view = new DataView(new ArrayBuffer(points.length * 4));
  points.forEach((point, i) => view.setUint32(i * 4, point, little));
  return new Uint8Array(view.buffer);
}

function windows1251(text: string): Uint8Array {
  const decoder = new TextDecoder('windows-1251');
  const table = new Map<string, number>();
  for (let byte = 0; byte < 256; byte++) table.set(decoder.decode(new Uint8Array([byte])), byte);
  return new Uint8Array([...text].map((char) => table.get(char) ?? 0x3f));
}

/** An endless standard input of JSON-looking text. */
async function* endless(): AsyncIterable<Uint8Array> {
  const chunk = encode('[' + '{"id": "1", "type": "sticky_note"},'.repeat(4000));
  for (;;) yield await Promise.resolve(chunk);
}

/** Marks a large case (see {@link CorpusCase.heavy}). */
const heavy = (entry: CorpusCase): CorpusCase => ({ ...entry, heavy: true });

const NOT_A_BOARD = /not a cjm\/1 map, Miro REST item listing or Figma REST file/u;
const NO_MAP = /no journey map found/u;

/** Every case of the corpus. */
export function buildCorpus(): CorpusCase[] {
  const miroText = JSON.stringify(miro());
  const cjmText = JSON.stringify(cjm());
  return [
    // ── The document is no board at all ─────────────────────────────────────────────────────
    error('root: a number', encode('42'), NOT_A_BOARD),
    error('root: a string', encode('"board"'), NOT_A_BOARD),
    error('root: null', encode('null'), NOT_A_BOARD),
    error('root: true', encode('true'), NOT_A_BOARD),
    error('root: {}', encode('{}'), NOT_A_BOARD),
    error('root: [] (an empty listing)', encode('[]'), NO_MAP),
    error('miro: data is an object', bytes({ data: { id: 1 } }), NOT_A_BOARD),
    error('miro: data is empty', bytes({ data: [], total: 0 }), NO_MAP),
    error('miro: a list of boards', bytes({ data: [{ id: 'b1', type: 'board', name: 'x' }] }), /this is a list of boards/u),
    error('miro: more pages follow', bytes({ ...miro(), total: 900, cursor: 'next' }), /more pages follow/u),
    // ── Broken JSON ──────────────────────────────────────────────────────────────────────────
    error('miro: truncated at 60%', encode(miroText.slice(0, Math.floor(miroText.length * 0.6))), /not JSON \(line \d+, column \d+: .*\); the file looks cut off/u),
    error('miro: truncated to "{"', encode('{'), /not JSON .*cut off/u),
    error('cjm/1: truncated at 90%', encode(cjmText.slice(0, Math.floor(cjmText.length * 0.9))), /not JSON .*cut off/u),
    error('json: comments', encode(`// export\n${cjmText}`), /not JSON \(line 1, column 1/u),
    error('json: trailing comma', encode(cjmText.replace(/\}$/u, ',}')), /not JSON/u),
    error('json: NaN literal', encode('{"data": [{"id": "1", "type": "text", "position": {"x": NaN}}]}'), /not JSON/u),
    error('json: 100 000 nested arrays', encode(`${'['.repeat(100_000)}${']'.repeat(100_000)}`), NOT_A_BOARD),
    error('empty file', new Uint8Array(), /empty, expected JSON/u),
    error('whitespace only', encode(' \n\t\r\n'), /empty, expected JSON/u),
    error('a UTF-8 byte order mark only', encode('\uFEFF'), /empty, expected JSON/u),
    // ── Wrong types inside Miro items: read with a warning, the text kept ──────────────────
    { name: 'miro: an item is a number', input: bytes({ ...miro(), data: [...miro().data, 7] }), expect: { outcome: 'read', warning: /got 7\) — / } },
    { name: 'miro: an item is null', input: bytes({ ...miro(), data: [...miro().data, null] }), expect: { outcome: 'read', warning: /got null/u } },
    { name: 'miro: an item is an array', input: bytes({ ...miro(), data: [...miro().data, ['x']] }), expect: { outcome: 'read', warning: /got an array/u } },
    { name: 'miro: an item is a bare string', input: bytes({ ...miro(), data: [...miro().data, 'Заметка строкой'] }), expect: { outcome: 'read', texts: ['Заметка строкой'] } },
    miroCase('id is an object', (note) => void (note.id = { n: 1 } as unknown as string)),
    miroCase('id is missing', (note) => void delete (note as Partial<MiroItem>).id),
    miroCase('type is a number', (note) => void (note.type = 7 as unknown as string)),
    miroCase('type is empty', (note) => void (note.type = '')),
    miroCase('type is mindmap_node', (note) => {
      note.type = 'mindmap_node';
      note.data = { nodeView: { data: { content: `<p>${NOTE}</p>` } } };
    }, [NOTE], /unknown item type "mindmap_node"/u),
    miroCase('type is comment', (note) => {
      note.type = 'comment';
      note.data = { text: NOTE };
    }, [NOTE], /unknown item type "comment"/u),
    miroCase('type is misspelt', (note) => void (note.type = 'stiky_note'), [NOTE], /unknown item type "stiky_note"/u),
    miroCase('a stage header of an unknown type', (_, board) => {
      const header = board.data.find((item) => item.data?.content === '<p>Выбор врача</p>');
      if (header) header.type = 'widget_v3';
    }, ['Выбор врача'], /unknown item type "widget_v3"/u),
    miroCase('data is a string', (note) => void (note.data = NOTE as unknown as Json)),
    miroCase('data.content is a number', (note) => void (note.data = { content: 1500 }), ['1500']),
    miroCase('data.content is an object', (note) => void (note.data = { content: { text: 'x' } }), []),
    miroCase('position is a string', (note) => void (note.position = 'center' as unknown as Json)),
    miroCase('position.x is a string', (note) => void ((note.position ?? {}).x = '12')),
    miroCase('position.x is null', (note) => void ((note.position ?? {}).x = null)),
    { name: 'miro: position.x is 1e309 (Infinity once parsed)', input: encode(miroText.replace(/"x":\s*946\.5/u, '"x": 1e309')), expect: { outcome: 'read', texts: [NOTE] } },
    // Far away but a number: the note is an orphan outside the grid, no warning needed.
    miroCase('position.x is 1e300', (note) => void ((note.position ?? {}).x = 1e300), [NOTE], /(?:)/u),
    miroCase('position.origin is top_left', (note) => void ((note.position ?? {}).origin = 'top_left'), [NOTE], /read as the centre/u),
    miroCase('position.relativeTo is unknown', (note) => void ((note.position ?? {}).relativeTo = 'banana')),
    miroCase('position is missing', (note) => void delete note.position),
    miroCase('geometry is a string', (note) => void (note.geometry = 'big' as unknown as Json)),
    miroCase('geometry.width is negative', (note) => void (note.geometry = { width: -199 })),
    miroCase('geometry.width is a string', (note) => void (note.geometry = { width: 'wide' })),
    miroCase('parent is a string', (note) => void (note.parent = 'frame' as unknown as Json)),
    miroCase('parent.id is an object', (note) => void (note.parent = { id: {} })),
    miroCase('parent is not in the listing', (note) => void (note.parent = { id: '404' }), [NOTE], /is not in the listing/u),
    miroCase('style is a string', (note) => void (note.style = 'yellow')),
    miroCase('style.fillColor is a number', (note) => void (note.style = { fillColor: 7 }), [NOTE], /(?:)/u),
    miroCase('the frame has no size', (_, board) => void delete frameOf(board).geometry, [NOTE, 'Выбор врача'], /a frame needs a width and a height/u),
    miroCase('two frames are each other’s parent', (_, board) => {
      const frame = frameOf(board);
      board.data.push({ id: 'other-frame', type: 'frame', data: { title: 'Другая' }, position: { x: 0, y: 0, relativeTo: 'parent_top_left' }, geometry: { width: 10, height: 10 }, parent: { id: frame.id } });
      frame.parent = { id: 'other-frame' };
      frame.position = { x: 0, y: 0, relativeTo: 'parent_top_left' };
    }, [NOTE, 'Другая'], /form a cycle/u),
    miroCase('the frame is its own parent', (_, board) => {
      const frame = frameOf(board);
      frame.parent = { id: frame.id };
      frame.position = { x: 0, y: 0, relativeTo: 'parent_top_left' };
    }, [NOTE], /form a cycle/u),
    miroCase('two different items share an id', (note, board) => {
      board.data.push({ ...note, data: { content: '<p>Двойник</p>' } });
    }, [NOTE, 'Двойник'], /is used by two different items/u),
    miroCase('a duplicate id with data nested 20 000 deep', (note, board) => {
      board.data.push({ ...note, data: { content: '<p>Глубокий двойник</p>', deep: '__DEEP__' } });
    }, [NOTE, 'Глубокий двойник'], /warning/u, nestedObjects(20_000)),
    heavy(miroCase('a 10 MB note', (note) => void (note.data = { content: `<p>${NOTE} ${'ж'.repeat(10 * 1024 * 1024)}</p>` }), [NOTE], /(?:)/u)),
    heavy(
      miroCase('100 000 stray notes beside the map', (_, board) => {
        for (let i = 0; i < 100_000; i++) board.data.push({ id: `x${i}`, type: 'text', data: { content: `n${i}` }, position: { x: 20_000 + (i % 300) * 60, y: Math.floor(i / 300) * 40 }, geometry: { width: 50 } });
      }, [NOTE, 'n99999'], /(?:)/u),
    ),
    heavy({ name: 'miro: a note in frames nested 20 000 deep', input: bytes({ data: [...miro().data, ...deepFrames(20_000)] }), expect: { outcome: 'read', texts: [NOTE, 'На самом дне'] } }),
    // ── Figma ────────────────────────────────────────────────────────────────────────────────
    error('figma: document is a string', bytes({ document: 'x' }), NOT_A_BOARD),
    error('figma: document has no pages', bytes({ document: { id: '0:0', type: 'DOCUMENT' } }), /document\.children: expected an array of pages, missing/u),
    figmaCase('a page is a number', (_, __, file) => void file.document.children.push(7 as unknown as Json & { children: Json[] })),
    figmaCase('a node is a number', (_, section) => void section.children.push(7 as unknown as Json)),
    figmaCase('a node has no id', (sticky) => void delete sticky.id),
    figmaCase('a node type is a number', (sticky) => void (sticky.type = 7)),
    figmaCase('a node type is unknown', (sticky) => void (sticky.type = 'HOLOGRAM')),
    figmaCase('a sticky has no box', (sticky) => void delete sticky.absoluteBoundingBox),
    figmaCase('a box is a string', (sticky) => void (sticky.absoluteBoundingBox = 'here')),
    figmaCase('a box has a NaN-like width', (sticky) => void (sticky.absoluteBoundingBox = { x: 0, y: 0, width: 'wide', height: 10 })),
    figmaCase('characters is a number', (sticky) => void (sticky.characters = 42), ['42']),
    figmaCase('fills is a string', (sticky) => void (sticky.fills = 'yellow')),
    figmaCase('sharedPluginData is a string', (sticky) => void (sticky.sharedPluginData = 'cjm')),
    figmaCase('a page nested in a frame', (sticky, section) => void section.children.push({ id: '9:9', type: 'CANVAS', children: [{ ...sticky, id: '9:10' }] })),
    (() => {
      const depth = 5000;
      const sticky = JSON.stringify({ id: 'deep', type: 'STICKY', characters: 'Очень глубоко', absoluteBoundingBox: { x: 9000, y: 9000, width: 240, height: 240 } });
      const groups = Array.from({ length: depth }, (_, i) => `{"id":"g${i}","type":"GROUP","children":[`).join('');
      return figmaCase('a sticky 5 000 groups deep', (_, section) => void section.children.push('__DEEP__' as unknown as Json), ['Очень глубоко'], `${groups}${sticky}${']}'.repeat(depth)}`);
    })(),
    // ── cjm/1 ────────────────────────────────────────────────────────────────────────────────
    cjmError('schema cjm/2', (map) => ({ ...map, schema: 'cjm/2' }), /cjm\/1/u),
    cjmError('stages is an object', (map) => ({ ...map, stages: {} }), /stages: /u),
    cjmError('a stage id is a number', (map) => void ((map.stages[0] ?? {}).id = 1), /stages\[0\]\.id/u),
    cjmError('an unknown phase', (map) => void ((map.stages[0] ?? {}).phase = 'later'), /stages\[0\]\.phase: expected one of plan, reach, act, convert, engage/u),
    cjmError('an unknown layer kind', (map) => void ((map.layers[0] ?? {}).kind = 'vibes'), /layers\[0\]\.kind/u),
    cjmError('a note in a missing layer', (map) => void ((map.notes[0] ?? {}).layer = 'l99'), /notes\[0\]\.layer: unknown layer "l99"/u),
    cjmError('title is a number', (map) => ({ ...map, title: 7 }), /title/u),
    cjmError('locale de', (map) => ({ ...map, locale: 'de' }), /locale: expected one of ru, en/u),
    cjmError('persona nested 10 000 deep', (map) => ({ ...map, persona: { name: 'P', motives: '__DEEP__' } }), /persona\.motives/u, `${'['.repeat(10_000)}"x"${']'.repeat(10_000)}`),
    cjmError('the second map of a list is broken', (map) => [map, { ...map, stages: 'none' }], /map 2: invalid cjm\/1 map: stages/u),
    heavy({ name: 'cjm/1: a 10 MB title', input: bytes({ ...cjm(), title: `Lumus ${'ы'.repeat(10 * 1024 * 1024)}` }), expect: { outcome: 'read', texts: ['Lumus'] } }),
    heavy({
      name: 'cjm/1: 100 000 notes',
      input: bytes({ ...cjm(), notes: Array.from({ length: 100_000 }, (_, i) => ({ stage: 's1', layer: 'l3', text: `касание ${i}` })) }),
      expect: { outcome: 'read', texts: ['касание 99999'] },
    }),
    // ── Encodings ────────────────────────────────────────────────────────────────────────────
    { name: 'utf-16le with a BOM', input: utf16(cjmText, true, true), expect: { outcome: 'read', texts: ['Игнорирование'] } },
    { name: 'utf-16be with a BOM', input: utf16(cjmText, false, true), expect: { outcome: 'read', texts: ['Игнорирование'] } },
    error('utf-16le without a BOM', utf16(cjmText, true, false), /looks like UTF-16; save it as UTF-8/u),
    { name: 'utf-32le with a BOM', input: utf32(cjmText, true, true), expect: { outcome: 'read', texts: ['Игнорирование'] } },
    { name: 'utf-32be with a BOM', input: utf32(miroText, false, true), expect: { outcome: 'read', texts: [NOTE] } },
    error('utf-32 without a BOM', utf32(cjmText, true, false), /looks like UTF-32 \(little-endian\); save it as UTF-8/u),
    { name: 'windows-1251', input: windows1251(cjmText), expect: { outcome: 'read', texts: ['Игнорирование', 'Поиск решения'], warning: /read it as Windows-1251/u } },
    error('latin-1', new Uint8Array([...encode('{"title": "Caf'), 0xe9, ...encode(' cr'), 0xe8, ...encode('me"}')]), /not UTF-8 text \(byte 0xe9 at line 1, column 15/u),
    error('a PNG image', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), /binary data/u),
    error('a gzipped export', new Uint8Array(gzipSync(miroText)), /binary data|not UTF-8 text/u),
    error('NUL bytes only', new Uint8Array(8192), /binary data/u),
    // ── Sizes and endless input ──────────────────────────────────────────────────────────────
    { name: 'endless standard input', input: endless, expect: { outcome: 'error', message: /more than 1 MB of input: stopped reading/u }, env: { CJM_MAX_INPUT_MB: '1' } },
    error('a file over the input limit', encode(`${cjmText}${' '.repeat(2 * 1024 * 1024)}`), /over the 1 MB input limit/u, { CJM_MAX_INPUT_MB: '1' }),
  ];
}
