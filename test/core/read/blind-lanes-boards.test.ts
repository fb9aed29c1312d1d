/**
 * The blind boards for swimlanes, maps across containers and several maps per board (issue #12,
 * cases 3 and 6): each board is read from its export file the way `cjm read` / `cjm audit` read
 * it, and compared with what was drawn (test/fixtures/blind-lanes/boards.ts): the maps, their
 * titles, stages (names, phases, lanes), layers (titles, kinds), every note's cell, every stray's
 * orphan reason, and the audit's per-stage and per-lane gaps. Boards the reader does not read yet
 * are listed in KNOWN_FAILURES, and the test asserts they still fail: fixing one moves it out.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../core/import/read-document.ts';
import { run } from '../../../cli/run.ts';
import { createFakeIo } from '../../cli/fake-io.ts';
import { drawBlindLaneBoards } from '../../fixtures/blind-lanes/boards.ts';
import { exportDrawing } from '../../fixtures/blind-lanes/draw.ts';
import { compare } from './blind-lanes-compare.ts';

/** Boards the reader gets wrong today, with what goes wrong. Each must still fail. */
const KNOWN_FAILURES: Readonly<Record<string, string>> = {
};

const fileOf = (name: string) => fileURLToPath(new URL(`../../fixtures/blind-lanes/${name}.json`, import.meta.url));

const drawings = drawBlindLaneBoards();

describe('blind lane, container and several-map boards', () => {
  for (const drawing of drawings) {
    const file = fileOf(drawing.name);
    const json: unknown = JSON.parse(readFileSync(file, 'utf8'));

    it(`${drawing.name}: the file is the drawing`, () => {
      expect(json).toEqual(exportDrawing(drawing));
    });

    const known = KNOWN_FAILURES[drawing.name];
    it(`${drawing.name}: ${known === undefined ? 'reads as drawn' : `still fails (${known})`}`, () => {
      const doc = readDocument(json, { where: file });
      const problems = compare(drawing, doc);
      const debug = process.env.BLIND_LANES_DEBUG;
      if (debug) appendFileSync(debug, `${drawing.name}${problems.length === 0 ? ' ok' : ''}\n${problems.map((p) => `  ${p}\n`).join('')}`);
      if (known === undefined) expect(problems).toEqual([]);
      else expect(problems, 'fixed? move it out of KNOWN_FAILURES').not.toEqual([]);
    });

    if (drawing.maps.length > 1) {
      it(`${drawing.name}: each map alone, by --map and by a selection, reads as on the board`, async () => {
        const doc = readDocument(json, { where: file });
        for (let i = 0; i < doc.readings.length; i++) {
          const reading = doc.readings[i]!;
          const io = createFakeIo();
          expect(await run(['read', file, '--json', '--map', String(i + 1)], io)).toBe(0);
          expect(JSON.parse(io.stdoutText())).toEqual(JSON.parse(JSON.stringify(reading.map)));
          const picked = reading.map.notes[0]?.source?.id;
          if (picked === undefined) continue;
          const alone = readDocument(json, { where: file, selection: [picked] });
          expect(alone.readings.map((r) => r.map.notes.length)).toEqual([reading.map.notes.length]);
        }
      });
    }
  }
});
