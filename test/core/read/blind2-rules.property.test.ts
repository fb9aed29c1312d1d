/**
 * Invariants of the phase rules added for the blind2 boards: a stage's phase reads the same
 * whether it is written in a band over the stage, in capitals on the first line of its header
 * ("REACH" / "Discover"), or as an agency's stage code ("R1. Discover"); and a Miro header's
 * bold first line is its title whatever the words.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PHASES, type Phase } from '../../../core/model/phases.ts';
import { htmlToText, importMiroRest } from '../../../core/index.ts';
import { BoardBuilder, drawMap } from '../../support/board-builder.ts';
import { cellsOf, readOne } from './read-helpers.ts';

const RACE: readonly Phase[] = PHASES.filter((phase) => phase !== 'plan');
const NAMES = ['Discover', 'Compare', 'Trial', 'Checkout', 'Onboarding', 'Support', 'Поиск', 'Сравнение', 'Заказ', 'Доставка'];
const LAYERS = ['Goal', 'Touchpoints', 'Ideas'];

/** Stages in funnel order, each with a RACE phase, two phases at least. */
const stagesArb = fc
  .tuple(fc.uniqueArray(fc.constantFrom(...NAMES), { minLength: 2, maxLength: 5 }), fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 5, maxLength: 5 }))
  .map(([names, steps]) => {
    const indexes = names.map((_, i) => steps[i] ?? 0).sort((a, b) => a - b);
    return names.map((name, i) => ({ name, phase: RACE[indexes[i] ?? 0] ?? 'reach' }));
  })
  .filter((stages) => new Set(stages.map((s) => s.phase)).size >= 2);

type Written = 'band' | 'line' | 'code';

function read(stages: readonly { name: string; phase: Phase }[], written: Written) {
  const board = new BoardBuilder();
  const runs: { text: string; first: number; last: number }[] = [];
  stages.forEach((stage, i) => {
    const last = runs.at(-1);
    if (last && last.text === stage.phase) last.last = i;
    else runs.push({ text: stage.phase, first: i, last: i });
  });
  const names = stages.map((stage, i) => {
    if (written === 'line') return `${stage.phase.toUpperCase()}\n${stage.name}`;
    if (written === 'code') return `${stage.phase[0]?.toUpperCase() ?? ''}${String(i + 1)}. ${stage.name}`;
    return stage.name;
  });
  drawMap(board, {
    stages: names,
    layers: LAYERS,
    ...(written === 'band' ? { bands: runs.map((run) => ({ ...run, text: run.text[0]?.toUpperCase() + run.text.slice(1) })) } : {}),
    notes: stages.map((stage, i) => ({ stage: i, layer: i % LAYERS.length, text: `note ${stage.name}` })),
  });
  const { map } = readOne(board.snapshot(), { locale: 'en' });
  return { stages: map.stages.map((s) => [s.name, s.phase]), cells: cellsOf(map) };
}

describe('phases written three ways (property)', () => {
  it('reads the same stages, phases and cells from a band, a capital first line and a stage code', () => {
    fc.assert(
      fc.property(stagesArb, (stages) => {
        const band = read(stages, 'band');
        expect(band.stages).toEqual(stages.map((s) => [s.name, s.phase]));
        expect(read(stages, 'line')).toEqual(band);
        expect(read(stages, 'code')).toEqual(band);
      }),
      { numRuns: 25 },
    );
  });
});

describe('a bold first line in Miro HTML (property)', () => {
  const line = fc.stringMatching(/^[A-Za-zА-Яа-яЁё0-9][A-Za-zА-Яа-яЁё0-9 &?!.,-]{0,30}$/u).map((s) => s.trim()).filter((s) => s !== '');
  it('is the title, and the plain lines under it are not', () => {
    fc.assert(
      fc.property(line, fc.array(line, { minLength: 1, maxLength: 3 }), fc.boolean(), (title, rest, br) => {
        const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
        const content = br ? `<p><strong>${esc(title)}</strong><br>${rest.map(esc).join('<br>')}</p>` : `<p><strong>${esc(title)}</strong></p>${rest.map((r) => `<p>${esc(r)}</p>`).join('')}`;
        const listing = { data: [{ id: '1', type: 'shape', data: { content }, position: { x: 0, y: 0, origin: 'center' }, geometry: { width: 300, height: 120 } }] };
        const item = importMiroRest(listing).items[0];
        expect(item?.text).toBe(htmlToText(content));
        expect(item?.title).toBe(htmlToText(`<p>${esc(title)}</p>`));
      }),
      { numRuns: 60 },
    );
  });
});
