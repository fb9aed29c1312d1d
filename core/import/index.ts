/**
 * Reading exported boards and map files: Miro REST item listings and Figma REST files become
 * board snapshots; `readDocument` takes any supported JSON document to journey maps.
 */
export { readDocument } from './read-document.ts';
export type { DocumentReading, ReadDocumentOptions } from './read-document.ts';
export { detectFormat } from './detect-format.ts';
export type { DocumentFormat } from './detect-format.ts';
export { importMiroRest } from './miro-rest.ts';
export { importFigmaRest } from './figma-rest.ts';
export type { FigmaImportOptions } from './figma-rest.ts';
