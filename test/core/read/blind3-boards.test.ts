/**
 * The blind3 boards (test/fixtures/blind3/): drawn from sketches by someone who had not read the
 * reader, each with the reading its author expects, checked as `blind-board-check.ts` says.
 *
 * KNOWN_FAILURES lists boards the reader does not read as expected yet, with what goes wrong:
 * the test asserts they still fail, so a fix has to move the board out of the list.
 */
import { join } from 'node:path';
import { BLIND3_BOARDS } from '../../fixtures/blind3/index.ts';
import { describeBlindBoards } from './blind-board-check.ts';

/** Boards known to be read wrongly, and why (the first mismatches seen). */
const KNOWN_FAILURES: ReadonlyMap<string, string> = new Map<string, string>([
  // Miro
  // Figma
]);

describeBlindBoards('blind3 boards', BLIND3_BOARDS, join(import.meta.dirname, '../../fixtures/blind3'), KNOWN_FAILURES);
