import { Buffer, isUtf8 } from 'node:buffer';
import { MiroListingImporter, miroPageHasNext, readImportedBoard } from '../core/index.ts';
import type { BoardSnapshot, DocumentReading, MiroListingFacts } from '../core/index.ts';

/** The bytes of an input, in a box the streaming reader empties once it no longer needs them. */
export interface InputBytes {
  bytes: Uint8Array | undefined;
}

/**
 * Reads a Miro REST item listing straight from its UTF-8 bytes, item by item: the bytes are
 * scanned (string- and escape-aware) for each element of `data` (or of each page's `data`, or of
 * a bare array of items); each element alone is decoded, parsed and handed to a
 * {@link MiroListingImporter}, so neither the whole file as one string nor its whole parsed
 * tree is ever held (a 100k-note export is 26 MB of bytes; as a parsed tree it is ten times that).
 * Once every item is imported the bytes are dropped from `input` before the board is read.
 *
 * The whole-document path (decode, `JSON.parse`, `readDocument`) stays the reference: this one
 * gives up, returning undefined with `input` untouched, on anything it would have to judge
 * differently: bytes that are not UTF-8 (other encodings are decoded there), a syntax error
 * (located there, with line and column), a document that is no plain listing (a cjm/1 map, a
 * Figma file, a list of maps, a bare array mixing pages and items, a repeated `data` key). So
 * both paths give the same readings, warnings and errors; `test/cli/stream-miro-listing.test.ts`
 * checks it on every fixture, example and malformed input we keep.
 */
export function streamMiroListing(input: InputBytes, label: string, options: StreamOptions = {}): DocumentReading | undefined {
  const snapshot = importMiroListingBytes(input, label, options);
  if (!snapshot) return undefined;
  options.afterImport?.();
  return readImportedBoard('miro-rest', snapshot, { where: label });
}

/**
 * The first half of {@link streamMiroListing}: the board snapshot of a UTF-8 Miro REST listing,
 * imported item by item from its bytes, which are dropped from `input` once every item is read.
 * Undefined (bytes kept) when the whole-document path must read the input.
 *
 * @throws InputError when the listing is a list of boards or misses pages, as `importMiroRest` does.
 */
export function importMiroListingBytes(input: InputBytes, label: string, options: StreamOptions = {}): BoardSnapshot | undefined {
  const { bytes } = input;
  if (!bytes) return undefined;
  const scanned = scanListing(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), label, options.windowBytes ?? WINDOW_BYTES);
  if (!scanned) return undefined;
  // Every item is imported: the bytes are no longer needed while the positions are resolved and the board is read.
  input.bytes = undefined;
  return scanned.importer.finish(scanned.facts);
}

/** Options of {@link streamMiroListing}. */
export interface StreamOptions {
  /** About how many bytes of whole items one `JSON.parse` call reads (tests make it small to cut often). Default 1 MiB. */
  readonly windowBytes?: number;
  /** Called once every item is imported and the bytes dropped, before the board is read (the command line gives memory back there: `CliIo.releaseMemory`). */
  readonly afterImport?: () => void;
}

/**
 * About how many bytes of items one `JSON.parse` reads: large enough that the calls cost nothing
 * next to the parsing (a 100k-note export is 27 windows), small enough that the parsed items of
 * one window are garbage long before the next young-generation collection would promote them.
 */
const WINDOW_BYTES = 1 << 20;

/** Thrown inside the scanner when the whole-document path must decide. */
class NotStreamable extends Error {}

/** Top-level keys that make a document something other than a Miro listing (cjm/1, Figma REST): see `detectFormat`. */
const FOREIGN_KEYS: ReadonlySet<string> = new Set(['schema', 'document', 'nodes']);

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

/** How many items one `JSON.parse` call reads where items are scanned one by one. */
const BATCH = 256;

/** JSON whitespace: space, tab, line feed, carriage return. */
function isSpace(byte: number | undefined): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}

/**
 * A stretch of the bytes holding whole entries of one array, comma-separated: what a `JSON.parse`
 * of `[` + those bytes + `]` read, kept so an entry can be parsed again when the importer must
 * compare it with a later one that has its id.
 */
interface Run {
  readonly start: number;
  readonly end: number;
  /** Importer index of the run's first entry. */
  readonly first: number;
  readonly count: number;
}

/** Scans and imports the listing; undefined when the whole-document path must read it. */
function scanListing(buf: Buffer, label: string, windowBytes: number): { importer: MiroListingImporter; facts: MiroListingFacts } | undefined {
  // Other encodings (Windows-1251, UTF-16 and UTF-32, with or without a byte order mark) and bytes
  // that are not text at all are told apart, decoded or refused by cli/decode-input.ts.
  if (!isUtf8(buf)) return undefined;
  const runs: Run[] = [];
  let entries = 0;
  const parseSlice = (start: number, end: number): unknown => JSON.parse(buf.toString('utf8', start, end)) as unknown;
  const parseRun = (start: number, end: number): unknown[] => JSON.parse(`[${buf.toString('utf8', start, end)}]`) as unknown[];
  // The importer asks for an earlier entry only when a later one shares its id (a page passed
  // twice asks for a whole page in a row): the run last parsed is kept for the next question.
  let recalled: { run: Run; values: unknown[] } | undefined;
  const recall = (index: number): unknown => {
    let low = 0;
    let high = runs.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((runs[mid]?.first ?? 0) <= index) low = mid;
      else high = mid - 1;
    }
    const run = runs[low];
    if (!run || index < run.first || index >= run.first + run.count) return undefined;
    if (recalled?.run !== run) recalled = { run, values: parseRun(run.start, run.end) };
    return recalled.values[index - run.first];
  };
  const importer = new MiroListingImporter(label, recall);
  /** Imports the entries a run's bytes hold, `path(i)` naming the i-th of the array. */
  const addRun = (start: number, end: number, values: readonly unknown[], firstOfArray: number, path: (i: number) => string): void => {
    runs.push({ start, end, first: entries, count: values.length });
    entries += values.length;
    for (let k = 0; k < values.length; k++) importer.add(values[k], path(firstOfArray + k));
  };
  const length = buf.length;
  // The JSON reader strips a UTF-8 byte order mark.
  let pos = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;

  const fail = (): never => {
    throw new NotStreamable();
  };
  const skipSpace = (): void => {
    while (pos < length && isSpace(buf[pos])) pos++;
  };
  const expect = (byte: number): void => {
    skipSpace();
    if (buf[pos] !== byte) fail();
    pos++;
  };
  /** From an opening quote to just after the closing one. */
  const skipString = (): void => {
    pos++;
    for (;;) {
      if (pos >= length) fail();
      const byte = buf[pos++];
      if (byte === QUOTE) return;
      if (byte === BACKSLASH) pos++;
    }
  };
  /** Skips one value (its syntax is checked when it is parsed); returns where it started. */
  const skipValue = (): number => {
    skipSpace();
    const start = pos;
    const first = buf[pos];
    if (first === QUOTE) {
      skipString();
    } else if (first === OPEN_BRACE || first === OPEN_BRACKET) {
      let depth = 0;
      do {
        if (pos >= length) fail();
        const byte = buf[pos];
        if (byte === QUOTE) {
          skipString();
          continue;
        }
        if (byte === OPEN_BRACE || byte === OPEN_BRACKET) depth++;
        else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) depth--;
        pos++;
      } while (depth > 0);
    } else {
      while (pos < length) {
        const byte = buf[pos];
        if (byte === COMMA || byte === CLOSE_BRACKET || byte === CLOSE_BRACE || isSpace(byte)) break;
        pos++;
      }
      if (pos === start) fail();
    }
    return start;
  };
  /** A key of an object: the string, checked by the JSON reader only when it has escapes or control characters. */
  const readKey = (): string => {
    skipSpace();
    if (buf[pos] !== QUOTE) fail();
    const start = pos;
    let plain = true;
    pos++;
    for (;;) {
      if (pos >= length) fail();
      const byte = buf[pos++] ?? 0;
      if (byte === QUOTE) break;
      if (byte === BACKSLASH || byte < 0x20) {
        plain = false;
        if (byte === BACKSLASH) pos++;
      }
    }
    return plain ? buf.toString('utf8', start + 1, pos - 1) : (JSON.parse(buf.toString('utf8', start, pos)) as string);
  };
  /** The non-space byte before `at` (undefined at `floor`), and after it. */
  const byteBefore = (at: number, floor: number): number | undefined => {
    let i = at - 1;
    while (i > floor && isSpace(buf[i])) i--;
    return i > floor ? buf[i] : undefined;
  };
  const byteAfter = (at: number): number | undefined => {
    let i = at + 1;
    while (i < length && isSpace(buf[i])) i++;
    return buf[i];
  };
  /**
   * A comma between `from` and `limit` that looks like one between two items (`}` before it,
   * `{` after it, spaces aside), the last one; -1 when there is none. It may lie inside a
   * string or inside an item (an array of objects in an item's data): then the bytes up to it
   * are no sequence of whole values, and their parse fails.
   */
  const findCut = (from: number, limit: number): number => {
    let at = limit;
    for (;;) {
      at = buf.lastIndexOf(COMMA, at);
      if (at <= from) return -1;
      if (byteBefore(at, from) === CLOSE_BRACE && byteAfter(at) === OPEN_BRACE) return at;
      at--;
    }
  };
  /**
   * Reads whole items from `pos` in a window of about `windowBytes`, cut at a comma found by
   * {@link findCut}: one `JSON.parse` of `[` + the bytes + `]`, the bytes decoded in one piece.
   * When that parse succeeds the bytes are a sequence of whole JSON values (joined by commas to
   * the windows before and after, they are exactly the array the whole document holds there),
   * whatever the cut looked like: a cut inside a string or an item leaves a string or a bracket
   * open, a cut past the array's end brings its `]` in; either fails the parse. False (nothing
   * read, `pos` kept) when there is no such window: near the array's end, after a wrong cut, or
   * on bytes that do not parse (then the item-by-item scan below finds what is wrong, or gives up).
   */
  const readWindow = (index: number, path: (i: number) => string, checked: (values: unknown[]) => unknown[]): number => {
    if (length - pos <= windowBytes) return 0;
    const cut = findCut(pos, pos + windowBytes);
    if (cut < 0) return 0;
    let values: unknown[];
    try {
      values = parseRun(pos, cut);
    } catch (error) {
      if (error instanceof SyntaxError) return 0;
      throw error;
    }
    addRun(pos, cut, checked(values), index, path);
    pos = cut + 1;
    return values.length;
  };
  /**
   * Imports each element of the array at `pos`, under `prefix[i]`. Items are read a window of
   * about a megabyte at a time ({@link readWindow}); where no window can be cut, items are scanned
   * one by one (string- and escape-aware) for at least a window's length and parsed a batch at a
   * time (one `JSON.parse` of `[e1, …, eN]`, the bytes between them being commas and spaces):
   * one call per item costs more than the parsing itself.
   */
  const streamItems = (prefix: string): void => {
    expect(OPEN_BRACKET);
    skipSpace();
    if (buf[pos] === CLOSE_BRACKET) {
      pos++;
      return;
    }
    streamElements((i) => `${prefix}[${i}]`, 0, undefined);
  };
  /**
   * Imports the elements of an array from element `first`, at `pos`, to just after the array's
   * closing bracket. `accept`, when given, must hold for every element, else the whole path decides.
   */
  const streamElements = (path: (i: number) => string, first: number, accept: ((value: unknown) => boolean) | undefined): void => {
    const checked = (values: unknown[]): unknown[] => {
      if (accept && !values.every(accept)) fail();
      return values;
    };
    let i = first;
    for (;;) {
      // `pos` is at the start of element i.
      const read = readWindow(i, path, checked);
      if (read > 0) {
        i += read;
        skipSpace();
        continue;
      }
      // One by one, for a window's length at least.
      const scanEnd = pos + windowBytes;
      let batchStart = pos;
      let batchFirst = i;
      let pending = 0;
      const flush = (end: number): void => {
        const values = checked(parseRun(batchStart, end));
        if (values.length !== pending) fail();
        addRun(batchStart, end, values, batchFirst, path);
        pending = 0;
      };
      for (;;) {
        const start = skipValue();
        if (pending === 0) {
          batchStart = start;
          batchFirst = i;
        }
        pending++;
        i++;
        const end = pos;
        skipSpace();
        const next = buf[pos++];
        if (next !== CLOSE_BRACKET && next !== COMMA) fail();
        if (pending === BATCH || next === CLOSE_BRACKET || pos >= scanEnd) flush(end);
        if (next === CLOSE_BRACKET) return;
        if (pending === 0 && pos >= scanEnd) break;
      }
      skipSpace();
    }
  };
  /**
   * The keys of the object at `pos`; a `data` array is streamed under `prefix` when `streamData`
   * says so, any other value is parsed. False when the object has no `data` array (then `pos`
   * is after it).
   */
  const scanObject = (prefix: string, streamData: boolean, meta: Map<string, unknown>): boolean => {
    expect(OPEN_BRACE);
    skipSpace();
    if (buf[pos] === CLOSE_BRACE) {
      pos++;
      return false;
    }
    let streamed = false;
    for (;;) {
      const key = readKey();
      expect(COLON);
      skipSpace();
      if (FOREIGN_KEYS.has(key)) fail();
      if (key === 'data' && (streamed || meta.has('data'))) fail();
      if (key === 'data' && streamData && buf[pos] === OPEN_BRACKET) {
        streamItems(prefix);
        streamed = true;
      } else {
        const start = skipValue();
        meta.set(key, parseSlice(start, pos));
      }
      skipSpace();
      const next = buf[pos++];
      if (next === CLOSE_BRACE) return streamed;
      if (next !== COMMA) fail();
    }
  };
  const pageFacts = (meta: ReadonlyMap<string, unknown>) => ({ total: meta.get('total'), moreFollow: miroPageHasNext({ cursor: meta.get('cursor'), links: meta.get('links') }) });

  try {
    skipSpace();
    let facts: MiroListingFacts;
    if (buf[pos] === OPEN_BRACE) {
      // One page: { data: [...], total, cursor, links, ... }.
      const meta = new Map<string, unknown>();
      if (!scanObject('data', true, meta)) fail();
      const page = pageFacts(meta);
      facts = { form: 'page', total: isFiniteNumber(page.total) ? page.total : undefined, moreFollow: page.moreFollow };
    } else if (buf[pos] === OPEN_BRACKET) {
      facts = scanArray();
    } else {
      return undefined;
    }
    skipSpace();
    if (pos !== length) fail();
    return { importer, facts };
  } catch (error) {
    // A syntax error, a stack overflow on deep nesting, text too long for one string (the whole
    // path says so in words), or a document to be judged whole.
    const tooLong = (error as { code?: unknown } | null)?.code === 'ERR_STRING_TOO_LONG';
    if (error instanceof NotStreamable || error instanceof SyntaxError || error instanceof RangeError || tooLong) return undefined;
    throw error;
  }

  /** Imports the entry of a bare array of items from `start` to `pos`, at `[index]`. */
  function addBareItem(start: number, index: number): void {
    const value = parseSlice(start, pos);
    // Every entry must be an item (a listing of pages and items mixed is read whole), none a cjm/1 map.
    if (!isItemEntry(value)) fail();
    addRun(start, pos, [value], index, (i) => `[${i}]`);
  }

  /** An array of pages (`[p].data[i]`), or a bare array of items (`[i]`): which, the first element decides. */
  function scanArray(): MiroListingFacts {
    expect(OPEN_BRACKET);
    skipSpace();
    if (buf[pos] === CLOSE_BRACKET) fail();
    const totals: number[] = [];
    let moreFollow = false;
    for (let p = 0; ; p++) {
      skipSpace();
      if (buf[pos] !== OPEN_BRACE) fail();
      const start = pos;
      const meta = new Map<string, unknown>();
      const isPage = scanObject(`[${p}].data`, true, meta);
      if (p === 0 && !isPage) {
        // A bare array of items: the first one decides; the others are read a window at a time.
        addBareItem(start, p);
        skipSpace();
        const next = buf[pos++];
        if (next === COMMA) {
          skipSpace();
          streamElements((i) => `[${i}]`, 1, isItemEntry);
        } else if (next !== CLOSE_BRACKET) {
          fail();
        }
        return { form: 'items', total: undefined, moreFollow: false };
      }
      if (!isPage) fail();
      const page = pageFacts(meta);
      if (isFiniteNumber(page.total)) totals.push(page.total);
      // Pages are passed in the order they were fetched: the last one says whether more follow.
      moreFollow = page.moreFollow;
      skipSpace();
      const next = buf[pos++];
      if (next === CLOSE_BRACKET) break;
      if (next !== COMMA) fail();
    }
    return { form: 'pages', total: totals.length > 0 ? Math.max(...totals) : undefined, moreFollow };
  }
}

/** An entry of a bare array of items as `detectFormat` accepts it (`{ id, type, … }`), and no cjm/1 map. */
function isItemEntry(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const entry = value as Record<string, unknown>;
  return typeof entry.type === 'string' && 'id' in entry && !('schema' in entry) && !Array.isArray(entry.data);
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
