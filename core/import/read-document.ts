import type { BoardSnapshot } from '../board/snapshot.ts';
import { InputError } from '../errors.ts';
import type { Locale } from '../i18n.ts';
import { parseMap } from '../model/parse-map.ts';
import { readBoard } from '../read/index.ts';
import type { MapReading, ReadWarning } from '../read/index.ts';
import { EMPTY_MAP_GEOMETRY } from '../read/map-geometry.ts';
import { detectFormat, type DocumentFormat } from './detect-format.ts';
import { importFigmaRest } from './figma-rest.ts';
import { importWarningsToRead } from './import-warnings.ts';
import { importMiroRest } from './miro-rest.ts';

/** Options of {@link readDocument}. */
export interface ReadDocumentOptions {
  /** The file name, for error messages. */
  readonly where?: string;
  /** The language of the maps and warnings. Default: guessed from the board. */
  readonly locale?: Locale;
  /** Board item ids: read only the map(s) holding them, as a selection on the board would. */
  readonly selection?: readonly string[];
  /** Figma files: read only this page (name or id). Default: every page. */
  readonly page?: string;
}

/** A JSON document read into journey maps. */
export interface DocumentReading {
  /** What the document was. */
  readonly format: DocumentFormat;
  /** The maps found, in the reader's order; exactly one for a cjm/1 map. */
  readonly readings: MapReading[];
  /**
   * Warnings about the whole board (each reading carries its own), the importer's first: items of
   * the export it could not fully understand (code `import-item`), each with its JSON path.
   */
  readonly warnings: ReadWarning[];
  /** The board the maps were read from (absent for a cjm/1 map): what `renderReadingSvg` draws. */
  readonly snapshot?: BoardSnapshot;
}

/**
 * Reads any JSON document cjm-kit understands into journey maps: a `cjm/1` map (validated, one
 * reading with no board roles), a Miro REST item listing or a Figma REST file (imported into a
 * board snapshot, then read like a live board).
 *
 * @param json The parsed JSON.
 * An export with items the importer cannot fully understand is still read: those items become
 * warnings (and keep their text), see {@link DocumentReading.warnings}.
 *
 * @throws InputError for a document of no known shape, an invalid cjm/1 map, or an export that is
 *   no board at all (or misses pages); the message starts with `options.where`.
 */
export function readDocument(json: unknown, options: ReadDocumentOptions = {}): DocumentReading {
  const { where } = options;
  const format = detectFormat(json);
  if (format === undefined) throw new InputError('not a cjm/1 map, Miro REST item listing or Figma REST file', where);
  if (format === 'cjm/1') {
    return { format, readings: [{ map: parseMap(json, where), roles: new Map(), warnings: [], geometry: EMPTY_MAP_GEOMETRY }], warnings: [] };
  }
  const snapshot = format === 'miro-rest' ? importMiroRest(json, where) : importFigmaRest(json, where, options.page === undefined ? {} : { page: options.page });
  return readImportedBoard(format, snapshot, options);
}

/**
 * Reads the journey maps of a board an importer made from an export: the second half of
 * {@link readDocument}, for a caller that imported the export itself (the command line streams
 * a large Miro listing through a `MiroListingImporter`).
 */
export function readImportedBoard(format: Exclude<DocumentFormat, 'cjm/1'>, snapshot: BoardSnapshot, options: ReadDocumentOptions = {}): DocumentReading {
  const reading = readBoard(snapshot, {
    ...(options.locale ? { locale: options.locale } : {}),
    ...(options.selection ? { selection: options.selection } : {}),
  });
  const locale = options.locale ?? reading.maps[0]?.map.locale ?? 'en';
  return { format, readings: reading.maps, warnings: [...importWarningsToRead(snapshot.warnings, locale), ...reading.warnings], snapshot };
}
