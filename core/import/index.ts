/**
 * Reading exported boards and map files: Miro REST item listings and Figma REST files become
 * board snapshots; `readDocument` takes any supported JSON document to journey maps.
 */
export { readDocument, readImportedBoard } from './read-document.ts';
export type { DocumentReading, ReadDocumentOptions } from './read-document.ts';
export { detectFormat } from './detect-format.ts';
export type { DocumentFormat } from './detect-format.ts';
export { hasNextPage as miroPageHasNext, importMiroRest, MiroListingImporter } from './miro-rest.ts';
export type { MiroListingFacts } from './miro-rest.ts';
export { IMPORT_WARNING_CODE, importWarningsToRead } from './import-warnings.ts';
export { importFigmaRest } from './figma-rest.ts';
export type { FigmaImportOptions } from './figma-rest.ts';
export { figmaTextRuns, hasLinesToSetApart, miroItemTitle, styledFirstLine } from './styled-title.ts';
export type { TextStyleRun } from './styled-title.ts';
