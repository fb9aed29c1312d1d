import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeInput } from '../../cli/decode-input.ts';
import { parseJsonText } from '../../cli/parse-json-text.ts';
import { streamMiroListing } from '../../cli/stream-miro-listing.ts';
import { planBoard, readDocument } from '../../core/index.ts';
import { arbitraryMap } from '../support/arbitrary-map.ts';
import { planToMiroRest } from '../support/export-miro-rest.ts';
import { buildCorpus } from '../reliability/corpus.ts';
import { syntheticMiroListing } from '../../bench/cli-read.ts';

/**
 * The command line reads a UTF-8 Miro REST listing item by item from its bytes
 * (cli/stream-miro-listing.ts) and everything else the whole-document way (decode, parse,
 * `readDocument`). These tests hold the two to the same outcome on every file we keep and on
 * generated ones: the same readings (maps, roles, geometry, warnings), the same document
 * warnings and snapshot, or the same error. Where the streaming reader gives up it must say so
 * (undefined, bytes kept) rather than guess.
 */

const LABEL = 'board.json';
const root = fileURLToPath(new URL('../../', import.meta.url));
const encoder = new TextEncoder();

type Outcome = { readonly kind: 'read'; readonly value: unknown } | { readonly kind: 'error'; readonly message: string };

/** Runs `read`, capturing an error's message. */
function outcomeOf(read: () => unknown): Outcome {
  try {
    return { kind: 'read', value: read() };
  } catch (error) {
    return { kind: 'error', message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

/** The whole-document path, as `cjm` took it before streaming (and still does when streaming gives up). */
function wholeDocument(bytes: Uint8Array): Outcome {
  return outcomeOf(() => readDocument(parseJsonText(decodeInput(bytes, LABEL).text, LABEL), { where: LABEL }));
}

/**
 * Windows (bytes of whole items parsed at once) of these sizes besides the default one: small
 * ones cut the small files we keep in many places, inside strings and items too.
 */
const WINDOWS = [1, 97, 700] as const;

/** The streaming path with one window size: undefined when it leaves the input to the whole-document path. */
function streamedWith(bytes: Uint8Array, windowBytes: number | undefined): Outcome | undefined {
  const input = { bytes: new Uint8Array(bytes) as Uint8Array | undefined };
  const outcome = outcomeOf(() => streamMiroListing(input, LABEL, windowBytes === undefined ? {} : { windowBytes }));
  if (outcome.kind === 'read' && outcome.value === undefined) {
    // Given up: the bytes are still there for the whole-document path.
    expect(input.bytes).toBeDefined();
    return undefined;
  }
  if (outcome.kind === 'read') expect(input.bytes, 'the bytes are dropped once imported').toBeUndefined();
  return outcome;
}

/** The streaming path: undefined when it leaves the input to the whole-document path; the same whatever the window size. */
function streamed(bytes: Uint8Array): Outcome | undefined {
  const outcome = streamedWith(bytes, undefined);
  // A window as long as the input is never cut: that is the default path again.
  for (const windowBytes of WINDOWS.filter((size) => size < bytes.length)) expect(streamedWith(bytes, windowBytes), `windows of ${windowBytes} bytes`).toEqual(outcome);
  return outcome;
}

/** Both paths agree; true when the streaming one took the input. */
function expectSameOutcome(bytes: Uint8Array, name: string): boolean {
  const stream = streamed(bytes);
  if (stream === undefined) return false;
  expect(stream, name).toEqual(wholeDocument(bytes));
  return true;
}

/** The same listing in the other shapes and spellings a user may hand `cjm`. */
function variants(json: unknown): Record<string, Uint8Array> {
  const items = itemsOf(json);
  const pages = [items.slice(0, 3), items.slice(3, 10), items.slice(10)].map((data, i, all) => ({ data, total: items.length, ...(i < all.length - 1 ? { cursor: `c${i}` } : {}) }));
  const compact = JSON.stringify(json);
  const asciiOnly = compact.replace(/[\u007f-\uffff]/gu, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return {
    'as saved': encoder.encode(compact),
    'one page': encoder.encode(JSON.stringify({ data: items, total: items.length, size: items.length, links: { self: 'x', next: null }, type: 'cursor-list' })),
    'pages, pretty-printed': encoder.encode(JSON.stringify(pages, null, 2)),
    'a bare array of items, CRLF and tabs': encoder.encode(JSON.stringify(items, null, '\t').replace(/\n/gu, '\r\n')),
    'with a byte order mark': encoder.encode(`\uFEFF${compact}`),
    'non-ASCII as \\u escapes': encoder.encode(asciiOnly),
    'a repeated page': encoder.encode(JSON.stringify([...pages, pages[pages.length - 1]])),
  };
}

function itemsOf(json: unknown): unknown[] {
  if (Array.isArray(json)) return json.flatMap((entry: unknown) => (entry && typeof entry === 'object' && Array.isArray((entry as { data?: unknown }).data) ? ((entry as { data: unknown[] }).data) : [entry]));
  return (json as { data: unknown[] }).data;
}

/** Every JSON file of the repository's fixtures and examples. */
function keptFiles(): { name: string; bytes: Uint8Array }[] {
  const dirs = ['test/fixtures', 'test/cli/fixtures', 'examples'];
  return dirs.flatMap((dir) =>
    readdirSync(join(root, dir))
      .filter((name) => name.endsWith('.json'))
      .map((name) => ({ name: `${dir}/${name}`, bytes: new Uint8Array(readFileSync(join(root, dir, name))) })),
  );
}

describe('streaming a Miro REST listing', () => {
  it('reads every fixture and example as the whole-document path does, streaming every Miro listing', () => {
    let streamedMiro = 0;
    for (const { name, bytes } of keptFiles()) {
      const took = expectSameOutcome(bytes, name);
      const whole = wholeDocument(bytes);
      const isMiro = whole.kind === 'read' && (whole.value as { format: string }).format === 'miro-rest';
      // A valid Miro listing in UTF-8 is always streamed (a truncated one too: it fails the same way).
      if (isMiro) expect(took, name).toBe(true);
      if (isMiro) {
        streamedMiro++;
        for (const [how, variant] of Object.entries(variants(JSON.parse(new TextDecoder().decode(bytes)) as unknown))) {
          expect(expectSameOutcome(variant, `${name}, ${how}`), `${name}, ${how}: streamed`).toBe(true);
        }
      }
    }
    expect(streamedMiro).toBeGreaterThanOrEqual(3);
  });

  it('gives every input of the hostile corpus the same readings, warnings or error as the whole-document path', () => {
    let took = 0;
    let cases = 0;
    for (const entry of buildCorpus()) {
      // Endless and chunked inputs are about reading a stream, not what is read from it; the
      // heavy ones (100k items, 10 MB strings) take long in two readers, the bench reads 100k.
      if (typeof entry.input === 'function' || entry.env || entry.heavy) continue;
      cases++;
      if (expectSameOutcome(entry.input, entry.name)) took++;
    }
    expect(cases).toBeGreaterThanOrEqual(40);
    // Most of the corpus is Miro listings with one broken item: those are streamed.
    expect(took).toBeGreaterThanOrEqual(15);
  });

  it('leaves to the whole-document path what only it can judge', () => {
    const page = { data: [{ id: '1', type: 'sticky_note', data: { content: '<p>Привет</p>' }, position: { x: 0, y: 0 } }] };
    const text = JSON.stringify(page);
    const cases: Record<string, Uint8Array> = {
      // «Привет» in Windows-1251.
      'Windows-1251': new Uint8Array([...encoder.encode(text.slice(0, text.indexOf('Привет'))), 0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2, ...encoder.encode(text.slice(text.indexOf('Привет') + 6))]),
      'UTF-16 with a mark': new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])),
      'cut off': encoder.encode(text.slice(0, -5)),
      'a syntax error in an item': encoder.encode(text.replace('"type"', '"type":,')),
      'a syntax error between items': encoder.encode(JSON.stringify({ data: [1, 2] }).replace(',', ',,')),
      'a raw control character in a key': encoder.encode(text.replace('"data"', '"da\u0001ta"')),
      'data twice': encoder.encode(`{"data":[],${text.slice(1)}`),
      'a cjm/1 key': encoder.encode(`{"schema":"cjm/1",${text.slice(1)}`),
      'a Figma key': encoder.encode(`{${text.slice(1, -1)},"document":{"type":"DOCUMENT"}}`),
      'data not an array': encoder.encode('{"data":{"id":"1","type":"sticky_note"}}'),
      'pages and items mixed': encoder.encode(JSON.stringify([page, page.data[0]])),
      'a list of cjm/1 maps': encoder.encode(JSON.stringify([{ schema: 'cjm/1', id: 'x', type: 'x' }])),
      'an empty array': encoder.encode('[]'),
      'two documents': encoder.encode(`${text}\n${text}`),
      'no JSON': encoder.encode('   '),
    };
    for (const [name, bytes] of Object.entries(cases)) expect(streamed(bytes), name).toBeUndefined();
  });

  it('refuses a list of boards and a listing that misses pages with the whole path\'s words', () => {
    const boards = encoder.encode(JSON.stringify({ data: [{ id: 'b1', type: 'board', name: 'Roadmap' }], type: 'cursor-list' }));
    const missing = encoder.encode(JSON.stringify({ data: [{ id: '1', type: 'sticky_note', data: { content: 'x' }, position: { x: 0, y: 0 } }], total: 80, cursor: 'next' }));
    for (const bytes of [boards, missing]) {
      const stream = streamed(bytes);
      expect(stream?.kind).toBe('error');
      expect(stream).toEqual(wholeDocument(bytes));
    }
  });

  it('reads a listing of several megabyte windows as the whole path does, paged, bare or pretty-printed', () => {
    const listing = syntheticMiroListing(9000);
    const { data } = listing;
    // Two different items sharing an id, and one item listed twice, far apart: windows are parsed again to compare them.
    const clash = { ...(data[100] as object), data: { content: '<p>another item</p>' } };
    const items = [...data, clash, data[5]];
    const pages = [items.slice(0, 4000), items.slice(4000)].map((page, i) => ({ data: page, total: items.length, ...(i === 0 ? { cursor: 'c1' } : {}) }));
    const files: Record<string, string> = {
      'one page': JSON.stringify({ ...listing, data: items }),
      'a bare array': JSON.stringify(items),
      'pages, pretty-printed': JSON.stringify(pages, null, 2),
    };
    for (const [name, text] of Object.entries(files)) {
      const bytes = encoder.encode(text);
      // Several default windows.
      expect(bytes.length, name).toBeGreaterThan(2 * 2 ** 20);
      const stream = streamedWith(bytes, undefined);
      expect(stream, name).toEqual(wholeDocument(bytes));
      expect(stream?.kind === 'read' && (stream.value as { snapshot: { items: unknown[] } }).snapshot.items.length, name).toBe(items.length - 1);
    }
  });

  it('calls afterImport once, after the bytes are dropped and before the board is read, and never when it gives up', () => {
    const page = encoder.encode(JSON.stringify({ data: [{ id: '1', type: 'sticky_note', data: { content: '<p>a</p>' }, position: { x: 0, y: 0 } }] }));
    const input = { bytes: new Uint8Array(page) as Uint8Array | undefined };
    const seen: (Uint8Array | undefined)[] = [];
    const reading = streamMiroListing(input, LABEL, { afterImport: () => seen.push(input.bytes) });
    expect(reading?.format).toBe('miro-rest');
    expect(seen).toEqual([undefined]);
    const calls: number[] = [];
    expect(streamMiroListing({ bytes: encoder.encode('{"schema":"cjm/1"}') }, LABEL, { afterImport: () => calls.push(1) })).toBeUndefined();
    expect(() => streamMiroListing({ bytes: encoder.encode('{"data":[],"total":5,"cursor":"x"}') }, LABEL, { afterImport: () => calls.push(1) })).toThrow(/more pages follow/u);
    expect(calls).toEqual([]);
  });

  it('tells the same item listed twice from two items sharing an id, as the whole path does', () => {
    const note = (content: string) => ({ id: '7', type: 'sticky_note', data: { content }, position: { x: 0, y: 0 }, geometry: { width: 100 } });
    const same = encoder.encode(`{"data":[${JSON.stringify(note('a'))}, ${JSON.stringify(note('a'), null, 1)}]}`);
    const clash = encoder.encode(JSON.stringify({ data: [note('a'), note('b')] }));
    for (const bytes of [same, clash]) expect(expectSameOutcome(bytes, 'duplicates')).toBe(true);
    const read = streamed(clash);
    expect(read?.kind === 'read' && (read.value as { snapshot: { items: { id: string }[] } }).snapshot.items.map((item) => item.id)).toEqual(['7', '7@data[1]']);
  });
});

const SEED = Number(process.env['FC_SEED'] ?? 20_261_201);
const SCALE = Number(process.env['FC_RUNS_SCALE'] ?? process.env['FC_RUNS'] ?? 1);

/** Ways a listing's text is damaged or re-spelled, applied at a random place. */
const EDITS: readonly ((text: string, at: number) => string)[] = [
  (text, at) => text.slice(0, at),
  (text, at) => `${text.slice(0, at)}${text.slice(at + 1)}`,
  (text, at) => `${text.slice(0, at)}"${text.slice(at)}`,
  (text, at) => `${text.slice(0, at)}\\${text.slice(at)}`,
  (text, at) => `${text.slice(0, at)} \n ${text.slice(at)}`,
  (text, at) => `${text.slice(0, at)}]${text.slice(at)}`,
  (text, at) => `${text.slice(0, at)}{${text.slice(at)}`,
  (text, at) => `${text.slice(0, at)},${text.slice(at)}`,
  (text, at) => `${text.slice(0, at)}\u00e9${text.slice(at)}`,
];

describe('streaming, on generated listings', { timeout: 120_000 }, () => {
  const maps = arbitraryMap({ vocabularyTitles: true, maxStages: 4, maxLayers: 3 });
  it('matches the whole-document path on exports of random maps, paged or not, intact or damaged', () => {
    let took = 0;
    fc.assert(
      fc.property(maps, fc.constantFrom(10, 50, undefined), fc.boolean(), fc.option(fc.tuple(fc.nat(EDITS.length - 1), fc.double({ min: 0, max: 1, noNaN: true })), { freq: 2 }), (map, pageSize, framesLast, edit) => {
        const listing = planToMiroRest(planBoard(map), { pageSize, framesLast });
        let text = JSON.stringify(listing, null, pageSize === 10 ? 1 : undefined);
        if (edit) {
          const [how, where] = edit;
          text = EDITS[how]?.(text, Math.floor(where * text.length)) ?? text;
        }
        if (expectSameOutcome(encoder.encode(text), text.slice(0, 200))) took++;
      }),
      { numRuns: Math.max(1, Math.round(60 * SCALE)), seed: SEED },
    );
    // Intact listings (about a third of the runs) and harmless edits are streamed.
    expect(took).toBeGreaterThan(10);
  });
});
