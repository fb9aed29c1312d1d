/**
 * The Miro adapter: what the panel, the tests, the playground and outside harnesses use.
 *
 * - `generateMap(board, map, options?)` — a journey map onto the board, paced within Miro's
 *   credit limits, all or nothing.
 * - `snapshotBoard(board, options?)` — the board (or the selection) as a core `BoardSnapshot`.
 * - `auditBoard`, `watchBoard` — read and audit, once or live while people edit.
 * - `placeGapMarkers`, `removeGapMarkers` — the audit's red "No touchpoints" stickies.
 *
 * `board` is `miro.board` or anything shaped like the part of it in `MiroBoardApi`.
 */
export { generateMap, planForMiro } from './generate-map.ts';
export { MAX_CALLS_IN_FLIGHT } from './call-pacer.ts';
export type { GeneratedMap, GenerateMapOptions } from './generate-map.ts';
export { snapshotBoard, toSnapshot } from './snapshot-board.ts';
export type { SnapshotOptions } from './snapshot-board.ts';
export { auditBoard, watchBoard } from './live-audit.ts';
export type { AuditBoardOptions, AuditedMap, BoardAudit, WatchBoardOptions } from './live-audit.ts';
export { placeGapMarkers, removeGapMarkers } from './gap-markers.ts';
export type { GapMarkerCell, GapMarkerOptions } from './gap-markers.ts';
export { originNearViewport } from './origin.ts';
export { removeAbandonedRun, storageJournal } from './run-journal.ts';
export type { JournalStorage, RunJournal, RunJournalState, StorageJournalOptions } from './run-journal.ts';
export type { SentCreate } from './sent-creates.ts';
export { createCallPacer, isRateLimitError, pacerFor } from './call-pacer.ts';
export type { CallPacer, CallPacerOptions } from './call-pacer.ts';
export { CreditBucket, CREDITS_PER_CALL, MIRO_CREDIT_WINDOWS } from './credit-bucket.ts';
export type { CreditBucketOptions, CreditWindow } from './credit-bucket.ts';
export { SYSTEM_CLOCK } from './clock.ts';
export type { Clock } from './clock.ts';
export { STORAGE_COLLECTION } from './map-registry.ts';
export type {
  MiroBoardApi,
  MiroBoardEvent,
  MiroCollection,
  MiroConnectorItem,
  MiroCreatedItem,
  MiroFrameItem,
  MiroItem,
} from './board-api.ts';
