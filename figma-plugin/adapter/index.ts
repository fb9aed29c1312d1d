/**
 * The Figma / FigJam adapter: what the plugin's main thread, the tests, the playground and
 * outside harnesses use. It relies only on the documented plugin API (`FigmaApi`, a part of
 * `PluginAPI` from @figma/plugin-typings), so any faithful fake drives it.
 *
 * - `generateMap(figma, map, options?)` — a journey map onto the current page: a FigJam section
 *   with shape-with-text headers and stickies, or a design-file frame with text cards; each font
 *   loaded once, notes measured and the map re-laid out with their real heights, written in
 *   chunks that yield to the editor, all or nothing. Resolves to `{ containerId, … }`.
 * - `snapshotPage(figma, options?)` — the current page (or the selection's maps) as a core
 *   `BoardSnapshot`, read the way `cjm` reads the same page's REST export.
 * - `auditPage(figma, options?)` — snapshot, read, audit, optional gap markers.
 */
export { generateMap } from './generate-map.ts';
export type { GeneratedMap, GenerateMapOptions, GenerationPhase } from './generate-map.ts';
export { snapshotPage } from './snapshot-page.ts';
export type { SnapshotPageOptions } from './snapshot-page.ts';
export { auditPage } from './audit-page.ts';
export type { AuditedReading, AuditPageOptions, PageAudit } from './audit-page.ts';
export { findGapMarkers, placeGapMarkers, removeGapMarkers } from './gap-markers.ts';
export type { GapMarkerTarget } from './gap-markers.ts';
export { readTableCells, tableCellId, tableOfCellId } from './table-cells.ts';
export type { TableCellReading } from './table-cells.ts';
export { drawingEditorOf } from './figma-api.ts';
export type { DrawingEditor, FigmaApi } from './figma-api.ts';
export type { FontFallback } from './font-book.ts';
export { yieldToEditor } from './yield-to-editor.ts';
