/**
 * A fake Figma / FigJam plugin API for tests and the playground: the real adapter and main-thread
 * code run against it, only the editor is faked. It throws where Figma throws (FigJam-only
 * functions elsewhere, text written with an unloaded font, synchronous `getNodeById` under
 * dynamic-page, resizing a sticky, table cells out of range), grows stickies and table rows with
 * their text, keeps `absoluteBoundingBox` and parent-relative `x`/`y` in agreement, can lose a
 * font, fail any editing call on purpose, batch document events, fire `selectionchange` for every
 * change of the current page's selection, undo a plugin run as one step, and load a Figma REST
 * export (FigJam tables included) as its document. docs/figma-plugin-api.md describes each behaviour with the official page.
 */
export { createFakeFigma } from './create-fake-figma.ts';
export type { FakeFigma, FakeFigmaOptions, NodeDescription } from './create-fake-figma.ts';
export type { FakePluginApi } from './fake-plugin-api.ts';
export type { FakeUi } from './fake-ui.ts';
export type { FakeFaults } from './faults.ts';
export type { FakeFonts } from './fonts.ts';
export { fontKey, DEFAULT_FONTS } from './fonts.ts';
export type { FakeEvents } from './events.ts';
export type { FakePerson, PlaceOptions } from './person.ts';
export type { FakeEditor } from './world.ts';
export { STICKY_WIDTH, STICKY_WIDE_WIDTH } from './nodes/text-nodes.ts';
export { FakeTable, FakeTableCell, TABLE_COLUMN_WIDTH, TABLE_ROW_HEIGHT } from './nodes/table-nodes.ts';
export { layoutText, lineHeightOf } from './text-metrics.ts';
