/**
 * The board reader: turns a snapshot of a Miro or Figma board into journey maps. Generated maps
 * are recognised by the markers cjm-kit left on their items; hand-made maps by their headers.
 * Every text ends up somewhere: in a cell, as a header, the title, the persona, or an orphan
 * with a reason.
 */
export { readBoard } from './read-board.ts';
export type { BoardReading, ItemRole, MapReading, ReadOptions, ReadWarning } from './types.ts';
export { ORPHAN_REASONS, ORPHAN_REASON_TEXT, describeOrphanReason, suggestOrphanFix } from './orphan-reasons.ts';
export type { OrphanReason, OrphanReasonText } from './orphan-reasons.ts';
export { WARNING_CODES } from './warnings.ts';
export type { WarningCode } from './warnings.ts';
