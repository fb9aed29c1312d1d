import { InputError, makeWarning, readDocument } from '../core/index.ts';
import { toOneLine } from './describe-error.ts';
import type { CliIo } from './io.ts';
import { decodeInput, looksBinary } from './decode-input.ts';
import { describeTooLarge, inputLimitBytes } from './input-limit.ts';
import { parseJsonText } from './parse-json-text.ts';
import { streamMiroListing, type InputBytes } from './stream-miro-listing.ts';
import { parseBoardLink } from './remote/board-link.ts';
import { fetchBoardJson } from './remote/fetch-board-json.ts';
import type { RemoteSource } from './remote/fetch-board-json.ts';

/** What the importer made of one file. */
type ReadDocumentResult = ReturnType<typeof readDocument>;

/** One journey map as the reader found it on a board. */
type DocumentMapReading = ReadDocumentResult['readings'][number];

/** One journey map found in a file, with the reader's notes about it and its place on the board. */
export interface MapReading extends DocumentMapReading {
  /**
   * 1-based number of the map among all the maps of its board, top-left first: the number
   * `--map` takes, whichever maps `--map` or `--select` kept.
   */
  readonly mapNumber: number;
}

/** A board file read into journey maps. */
export interface LoadedBoard {
  /** The file as the user named it, or `<stdin>` for `-`: how messages refer to it. */
  readonly label: string;
  readonly format: ReadDocumentResult['format'];
  /** The maps kept by `--map`/`--select` (else every map), in the reader's order (left to right, top to bottom). */
  readonly readings: readonly MapReading[];
  /** How many maps the whole board holds, kept or not. */
  readonly mapCount: number;
  /** Warnings about the whole document (the readings carry their own). */
  readonly warnings: ReadDocumentResult['warnings'];
  /** The board the maps were read from; absent for cjm/1 input. */
  readonly snapshot?: ReadDocumentResult['snapshot'];
}

/** How the maps of a board are narrowed down: the shared `--map`/`--select` options. */
export interface MapChoice {
  /** 1-based number of the map to keep (`--map 2`). */
  readonly mapNumber?: number;
  /** Board item ids: keep the map that holds them (`--select ID`), as a selection on the board would. */
  readonly selection?: readonly string[];
}

/** The label of the standard-input file `-`. */
export const STDIN_LABEL = '<stdin>';

/**
 * Reads `file` (or standard input for `-`, or a live board for a Miro or Figma link), detects its
 * format (cjm/1, Miro REST item listing, Figma REST file) and reads the journey maps on it.
 *
 * @param source How a board link is read (`--token-env`, `--save`); see `cli/remote/`.
 * @throws InputError for a missing or unreadable file, text that is not JSON, a document of an
 * unknown shape, a truncated export, an invalid cjm/1 map, a board with no map, or a `--map`
 * number the board doesn't have; for a link, also a missing or refused token, a board not found
 * or an API that cannot be reached. The message starts with the file's label.
 */
export async function loadBoard(file: string, io: CliIo, choice: MapChoice = {}, source: RemoteSource = {}): Promise<LoadedBoard> {
  const label = file === '-' ? STDIN_LABEL : file;
  const link = parseBoardLink(file);
  // Every map is read, so each keeps its number on the whole board; the choice narrows them after.
  const { document, encodingWarning } = link ? readJson(await fetchBoardJson(link, label, io, source), label) : readBytes({ bytes: await readInputBytes(file, label, io) }, label, io);
  if (document.readings.length === 0) throw new InputError('no journey map found (no stage and layer headings to read)', label);
  const numbered = document.readings.map((reading, index) => ({ ...reading, mapNumber: index + 1 }));
  const picked = pickReading(numbered, choice.mapNumber, label);
  // A cjm/1 map has no board items to select: a selection never narrows it.
  const selected = choice.selection?.length && document.format !== 'cjm/1' ? selectReadings(picked, choice.selection) : { readings: picked, outside: false };
  const encoding = encodingWarning === undefined ? [] : [{ code: 'encoding-guessed', message: encodingWarning }];
  const warnings = [...encoding, ...document.warnings, ...(selected.outside ? [makeWarning('selection-outside', picked[0]?.map.locale ?? 'en')] : [])];
  return { label, format: document.format, readings: selected.readings, mapCount: numbered.length, warnings, ...(document.snapshot ? { snapshot: document.snapshot } : {}) };
}

/** A document read, and how its bytes were decoded when that is worth a warning. */
interface DocumentFromInput {
  readonly document: ReadDocumentResult;
  readonly encodingWarning?: string | undefined;
}

/**
 * Reads a file's bytes into maps: a UTF-8 Miro REST listing item by item, straight from the
 * bytes (cli/stream-miro-listing.ts); anything else decoded whole, parsed and read. The bytes
 * are let go as soon as they are read.
 */
function readBytes(input: InputBytes, label: string, io: CliIo): DocumentFromInput {
  const large = (input.bytes?.length ?? 0) >= RELEASE_MEMORY_BYTES;
  const streamed = streamMiroListing(input, label, large && io.releaseMemory ? { afterImport: () => io.releaseMemory?.() } : {});
  if (streamed) return { document: streamed };
  const decoded = decodeText(input.bytes ?? new Uint8Array(), label, io);
  input.bytes = undefined;
  return { ...readJson(parseJsonText(decoded.text, label), label), encodingWarning: decoded.warning };
}

/**
 * From what input size memory is given back between importing and reading (`CliIo.releaseMemory`):
 * a full collection costs tens of milliseconds on a large heap, nothing worth it on a small file.
 */
const RELEASE_MEMORY_BYTES = 8 * 2 ** 20;

/** Reads parsed JSON into maps: a list of cjm/1 maps, or any document `readDocument` knows. */
function readJson(json: unknown, label: string): DocumentFromInput {
  return { document: isMapList(json) ? readMapList(json, label) : readDocument(json, { where: label }) };
}

/**
 * A JSON array of cjm/1 maps: what `cjm read --json` prints for a board with several maps. Read
 * here so that everything `read --json` prints, `audit -` and `export -` accept.
 */
function isMapList(json: unknown): json is unknown[] {
  return (
    Array.isArray(json) &&
    json.length > 0 &&
    json.every((entry: unknown) => typeof entry === 'object' && entry !== null && String((entry as { schema?: unknown }).schema).startsWith('cjm/'))
  );
}

function readMapList(maps: readonly unknown[], label: string): ReadDocumentResult {
  const readings = maps.flatMap((map, index) => readDocument(map, { where: `${label}, map ${index + 1}` }).readings);
  return { format: 'cjm/1', readings, warnings: [] };
}

function pickReading(readings: readonly MapReading[], mapNumber: number | undefined, label: string): readonly MapReading[] {
  if (mapNumber === undefined) return readings;
  const reading = readings[mapNumber - 1];
  if (!reading) {
    const count = readings.length === 1 ? 'only 1 map' : `${readings.length} maps`;
    throw new InputError(`--map ${mapNumber}: the board has ${count}`, label);
  }
  return [reading];
}

/**
 * The maps holding a selected item (a cell's note, a heading, the frame, or a stray text the map
 * took as an orphan), as a selection on the board narrows the reader. When none holds one, every
 * map is kept and `outside` says so, as the reader does.
 */
function selectReadings(readings: readonly MapReading[], selection: readonly string[]): { readings: readonly MapReading[]; outside: boolean } {
  const held = readings.filter((reading) => selection.some((id) => reading.roles.has(id)));
  return held.length > 0 ? { readings: held, outside: false } : { readings, outside: true };
}

/**
 * The map a command that works on one map (`export`, `preview`) takes: the board's only one, or
 * the one `--map`/`--select` picked.
 *
 * @throws InputError when the board holds several maps and neither option picked one.
 */
export function requireOneMap(board: LoadedBoard): MapReading {
  const [reading, ...others] = board.readings;
  if (!reading || others.length > 0) {
    throw new InputError(`${board.readings.length} maps on the board; pick one with --map N (1–${board.readings.length}) or --select ITEM_ID`, board.label);
  }
  return reading;
}

/** The input's bytes, no more than the input limit; binary input stops after its first bytes. */
async function readInputBytes(file: string, label: string, io: CliIo): Promise<Uint8Array> {
  const limits = { maxBytes: inputLimitBytes(io.env), stopAfterHead: looksBinary };
  try {
    return await (file === '-' ? io.readStdin(limits) : io.readFile(file, limits));
  } catch (error) {
    throw new InputError(describeReadError(error), label);
  }
}

/** Decodes the input; text too long for one string (a limit raised past what Node holds) is bad input, not a crash. */
function decodeText(bytes: Uint8Array, label: string, io: CliIo): ReturnType<typeof decodeInput> {
  try {
    return decodeInput(bytes, label);
  } catch (error) {
    if ((error as { code?: unknown } | null)?.code === 'ERR_STRING_TOO_LONG' || (error instanceof RangeError && /string length/iu.test(error.message))) {
      throw new InputError(describeTooLarge(inputLimitBytes(io.env), bytes.length), label);
    }
    throw error;
  }
}

/** Node's file errors in words; the code names the rare ones for a search engine. */
function describeReadError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a directory, expected a JSON file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EFBIG': {
      const { limit, size } = error as { limit?: unknown; size?: unknown };
      return describeTooLarge(typeof limit === 'number' ? limit : 0, typeof size === 'number' ? size : undefined);
    }
    default:
      return `cannot read (${typeof code === 'string' ? code : error instanceof Error ? error.message : String(error)})`;
  }
}

/**
 * The reader's warnings (an unrecognised heading, a selection that holds no map…) as `cjm: …` lines for
 * stderr, so stdout stays a clean report. Maps are numbered when the board has several.
 */
export function describeWarnings(board: LoadedBoard): string[] {
  const seen = new Set<string>();
  const lines: string[] = [];
  const add = (where: string, warning: { message: string; itemId?: string }): void => {
    const item = warning.itemId ? ` [item ${warning.itemId}]` : '';
    const line = toOneLine(`cjm: ${where}: warning: ${warning.message}${item}`);
    // The importer may repeat a map's warning at the document level: say it once.
    const key = `${warning.message}${item}`;
    if (seen.has(key)) return;
    seen.add(key);
    lines.push(line);
  };
  for (const reading of board.readings) {
    const where = board.mapCount > 1 ? `${board.label} (map ${reading.mapNumber})` : board.label;
    for (const warning of reading.warnings) add(where, warning);
  }
  for (const warning of board.warnings) add(board.label, warning);
  return lines;
}
