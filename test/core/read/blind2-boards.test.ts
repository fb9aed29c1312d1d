/**
 * The blind2 boards (test/fixtures/blind2/): drawn from sketches by someone who had not read the
 * reader, each with the reading its author expects, checked as `blind-board-check.ts` says.
 *
 * KNOWN_FAILURES lists boards the reader does not read as expected yet, with what goes wrong:
 * the test asserts they still fail, so a fix has to move the board out of the list.
 */
import { join } from 'node:path';
import { BLIND2_BOARDS } from '../../fixtures/blind2/index.ts';
import { describeBlindBoards } from './blind-board-check.ts';

/** Boards known to be read wrongly, and why (the first mismatches seen). */
const KNOWN_FAILURES: ReadonlyMap<string, string> = new Map<string, string>([
]);

describeBlindBoards('blind2 boards', BLIND2_BOARDS, join(import.meta.dirname, '../../fixtures/blind2'), KNOWN_FAILURES);
