/**
 * Invariants behind the blind lane boards, on random boards drawn with the same kit
 * (test/fixtures/blind-lanes/draw.ts) and read from their exports as `cjm read` reads them:
 *
 * - a map in lanes labelled beside its rows (a tall shape or a turned text per lane, Miro or
 *   FigJam, upright or vertical) reads as drawn: each stage once per lane, each note in its lane,
 *   stage and layer, the audit's gaps per lane;
 * - two maps drawn apart — side by side or one above the other, anything from a little more than
 *   the gaps between their own columns to far apart — read as drawn, each as it would alone.
 *   (Limit: a map whose own columns lie further apart than the next map — sticky headers narrower
 *   than their cells, no cells drawn — may lose its last columns to it; such pairs are drawn at
 *   least that far apart.)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../core/import/read-document.ts';
import { Board, drawGrid, exportDrawing, type Platform, type RowSpec, type StageSpec } from '../../fixtures/blind-lanes/draw.ts';
import { EN_ROWS, RU_ROWS, fillLane, resetNotes } from '../../fixtures/blind-lanes/notes-bank.ts';
import { compare } from './blind-lanes-compare.ts';

const STAGES_EN = ['Discover', 'Compare', 'Buy', 'Use', 'Return'];
const STAGES_RU = ['Осознание', 'Поиск', 'Выбор', 'Покупка', 'Повторная покупка'];
const LANES_EN = ['Website', 'Store', 'Call centre'];
const LANES_RU = ['Онлайн', 'Офлайн', 'Партнёры'];

/** A random map: its stages, rows (touchpoints and recommendations always there), and note counts. */
const mapSpec = fc.record({
  ru: fc.boolean(),
  stages: fc.integer({ min: 2, max: 4 }),
  // Which of goal, actions, emotions join touchpoints and recommendations, in the template's order.
  extra: fc.subarray([0, 1, 2]),
  counts: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 60, maxLength: 60 }),
  headerStyle: fc.constantFrom('shape' as const, 'text' as const, 'sticky' as const),
});

type MapSpec = typeof mapSpec extends fc.Arbitrary<infer T> ? T : never;

function rowsOf(spec: MapSpec): RowSpec[] {
  const all = spec.ru ? RU_ROWS : EN_ROWS;
  return all.filter((_, i) => i >= 3 || spec.extra.includes(i));
}

function stagesOf(spec: MapSpec, offset = 0): StageSpec[] {
  const names = spec.ru ? STAGES_RU : STAGES_EN;
  return Array.from({ length: spec.stages }, (_, i) => ({ name: `${names[(i + offset) % names.length] ?? ''}${offset > 0 ? ' 2' : ''}` }));
}

/** Notes per cell from the spec's counts; the first cell of every lane holds one at least (a map is found by its notes). */
function countOf(counts: readonly number[], offset: number): (row: number, stage: number) => number {
  return (r, s) => Math.max(r === 0 && s === 0 ? 1 : 0, counts[(offset + r * 4 + s) % counts.length] ?? 1);
}

function readProblems(board: Board): string[] {
  const drawing = board.drawing();
  const doc = readDocument(JSON.parse(JSON.stringify(exportDrawing(drawing))), { where: drawing.name });
  return compare(drawing, doc);
}

describe('blind lane boards (property)', () => {
  it('lanes labelled beside their rows read as drawn, gaps per lane', () => {
    fc.assert(
      fc.property(
        mapSpec,
        fc.integer({ min: 2, max: 3 }),
        fc.constantFrom<Platform>('miro', 'figjam'),
        fc.constantFrom('column' as const, 'rotated' as const),
        fc.boolean(),
        (spec, laneCount, platform, laneStyle, vertical) => {
          resetNotes();
          const board = new Board('lanes-property', platform);
          const rows = rowsOf(spec);
          const lanes = Array.from({ length: laneCount }, (_, l) => {
            const label = (spec.ru ? LANES_RU : LANES_EN)[l];
            return fillLane(spec.ru ? 'ru' : 'en', label, rows, spec.stages, { counts: countOf(spec.counts, l * 20) });
          });
          drawGrid(board, { x: 0, y: 0, stages: stagesOf(spec), lanes, laneStyle, headerStyle: platform === 'figjam' && spec.headerStyle === 'sticky' ? 'shape' : spec.headerStyle, vertical });
          expect(readProblems(board)).toEqual([]);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('two maps apart, side by side or stacked, read as drawn', () => {
    fc.assert(
      fc.property(
        mapSpec,
        mapSpec,
        fc.constantFrom<Platform>('miro', 'figjam'),
        fc.boolean(),
        fc.integer({ min: 100, max: 1500 }),
        (a, b, platform, stacked, gap) => {
          resetNotes();
          const board = new Board('two-maps-property', platform);
          const style = (spec: MapSpec) => (platform === 'figjam' && spec.headerStyle === 'sticky' ? 'shape' : spec.headerStyle);
          const first = drawGrid(board, { x: 0, y: 0, stages: stagesOf(a), lanes: [fillLane(a.ru ? 'ru' : 'en', undefined, rowsOf(a), a.stages, { counts: countOf(a.counts, 0) })], headerStyle: style(a) });
          // Sticky headers leave ~210 between a map's columns (and text headers ~250 between its rows).
          const sparse = style(a) !== 'shape' || style(b) !== 'shape';
          const apart = sparse ? Math.max(gap, 400) : gap;
          const at = stacked ? { x: 0, y: first.bounds.y + first.bounds.height + apart } : { x: first.bounds.x + first.bounds.width + apart, y: 0 };
          drawGrid(board, { ...at, stages: stagesOf(b, 1), lanes: [fillLane(b.ru ? 'ru' : 'en', undefined, rowsOf(b), b.stages, { counts: countOf(b.counts, 0) })], headerStyle: style(b) });
          expect(readProblems(board)).toEqual([]);
        },
      ),
      { numRuns: 25 },
    );
  });
});
