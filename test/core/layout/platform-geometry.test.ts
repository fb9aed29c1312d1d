import { describe, expect, test } from 'vitest';
import { LOCALES } from '../../../core/i18n.ts';
import { planBoard } from '../../../core/layout/plan-board.ts';
import { PLATFORM_PRESETS, PLATFORM_PROFILES } from '../../../core/layout/platform-profiles.ts';
import type { PlatformPreset } from '../../../core/layout/platform-profiles.ts';
import type { BoardPlan, PlanNoteItem } from '../../../core/layout/types.ts';
import type { CjmMap } from '../../../core/model/map.ts';
import { TEMPLATES, createMapFromTemplate } from '../../../core/templates/index.ts';
import { drawAsPlatform, measureNotes } from '../../support/draw-as-platform.ts';
import { findPlanViolations } from '../../support/plan-invariants.ts';
import { planToSnapshot } from '../../support/plan-to-snapshot.ts';
import { readBoard } from '../../../core/read/read-board.ts';

/**
 * Plans checked against the notes each platform really draws (test/support/draw-as-platform.ts):
 * nothing spills out of its cell and nothing overlaps, for every template, language and preset,
 * with the templates' own notes and with the tallest notes people write.
 */

/** The plan as the preset's platform draws it (neutral: as planned). */
function drawn(plan: BoardPlan): BoardPlan {
  return plan.preset === 'neutral' ? plan : drawAsPlatform(plan, plan.preset);
}

const notes = (plan: BoardPlan): PlanNoteItem[] => plan.items.filter((item) => item.shape === 'sticky');

/** Long Cyrillic text, long English, emoji runs, a long unbroken word and many short lines. */
const TALL_TEXTS = [
  'Клиент долго сравнивает тарифы, читает отзывы на форумах, спрашивает коллег и всё равно сомневается, потому что не понимает, сколько будет стоить внедрение и кто будет обучать сотрудников отдела продаж. '.repeat(3),
  'The customer compares plans for weeks, asks colleagues, reads every review and still hesitates because nobody explains the onboarding cost. '.repeat(3),
  '😀🚀👩‍💻👍🏽❤️ '.repeat(40),
  'Сверхдлинноесловобезпробеловкотороеневлезаетводнустроку'.repeat(4),
  Array.from({ length: 14 }, (_, i) => `строка ${i + 1}`).join('\n'),
];

/** The map with one of each tall text added to every cell. */
function withTallNotes(map: CjmMap): CjmMap {
  const tall = map.stages.flatMap((stage) => map.layers.flatMap((layer) => TALL_TEXTS.map((text) => ({ stage: stage.id, layer: layer.id, text }))));
  return { ...map, notes: [...map.notes, ...tall] };
}

describe.each(PLATFORM_PRESETS)('preset %s', (preset) => {
  describe.each(TEMPLATES.map((template) => template.id))('template %s', (id) => {
    test.each(LOCALES)('fits the %s example in its cells as the platform draws it', (locale) => {
      const map = createMapFromTemplate(id, locale, { examples: true });
      const plan = planBoard(map, { preset });
      expect(findPlanViolations(map, plan)).toEqual([]);
      expect(findPlanViolations(map, drawn(plan))).toEqual([]);
    });

    test.each(LOCALES)('fits the tallest notes of the %s map', (locale) => {
      const map = withTallNotes(createMapFromTemplate(id, locale, { examples: true }));
      const plan = planBoard(map, { preset });
      expect(findPlanViolations(map, drawn(plan))).toEqual([]);
    });
  });
});

describe('platform note geometry', () => {
  const map = createMapFromTemplate('b2b-saas', 'en', { examples: true });

  test('the neutral plan drawn on Miro or FigJam spills, the issue this preset fixes', () => {
    // Without presets, square 200 notes become 229-tall Miro stickies in 240-tall rows.
    const neutral = planBoard(map);
    expect(findPlanViolations(map, drawAsPlatform(neutral, 'miro')).join('\n')).toMatch(/note:\d+ .* overlaps note:/);
    // and as 240-wide FigJam stickies they are wider than the planned 200 and taller
    expect(findPlanViolations(map, drawAsPlatform(neutral, 'figjam')).join('\n')).toMatch(/is not inside its cell|overlaps/);
  });

  test('Miro notes are square stickies set by width: 199 × 228', () => {
    const plan = planBoard(map, { preset: 'miro' });
    for (const note of notes(plan)) expect(note.rect).toMatchObject({ width: 199, height: 228 });
    // any width keeps the aspect ratio, rounded up to a whole unit
    const wide = planBoard(map, { preset: 'miro', noteSize: 300 });
    for (const note of notes(wide)) expect(note.rect).toMatchObject({ width: 300, height: Math.ceil((300 * 228) / 199) });
    // text never makes a Miro sticky taller: Miro shrinks the font instead
    const long = planBoard(withTallNotes(map), { preset: 'miro' });
    expect(new Set(notes(long).map((note) => note.rect.height))).toEqual(new Set([228]));
  });

  test('FigJam stickies are 240 (or 416) wide and grow with their text', () => {
    const plan = planBoard(withTallNotes(map), { preset: 'figjam' });
    const heights = notes(plan).map((note) => note.rect.height);
    expect(new Set(notes(plan).map((note) => note.rect.width))).toEqual(new Set([240]));
    expect(Math.min(...heights)).toBe(240);
    expect(Math.max(...heights)).toBeGreaterThan(600);
    const wide = planBoard(map, { preset: 'figjam', noteSize: 416 });
    expect(new Set(notes(wide).map((note) => note.rect.width))).toEqual(new Set([416]));
    expect(() => planBoard(map, { preset: 'figjam', noteSize: 300 })).toThrowError(/options\.noteSize: FigJam stickies are 240 wide \(416 when wide\), got 300/);
  });

  test('Figma design-file notes are cards 240 wide, at least 120 tall, taller for long text', () => {
    const plan = planBoard(withTallNotes(map), { preset: 'figma' });
    const heights = notes(plan).map((note) => note.rect.height);
    expect(new Set(notes(plan).map((note) => note.rect.width))).toEqual(new Set([240]));
    expect(Math.min(...heights)).toBe(120);
    expect(Math.max(...heights)).toBeGreaterThan(300);
  });

  test('each preset sizes its columns and rows for its notes', () => {
    const cell = (preset: PlatformPreset) => {
      const plan = planBoard({ ...map, notes: [] }, { preset });
      const found = plan.items.find((item) => item.role === 'cell');
      return found && [found.rect.width, found.rect.height];
    };
    expect(cell('neutral')).toEqual([480, 240]);
    expect(cell('miro')).toEqual([2 * 199 + 80, 228 + 40]);
    expect(cell('figjam')).toEqual([560, 280]);
    expect(cell('figma')).toEqual([560, 160]);
  });

  test('planToSnapshot can list a plan as the platform draws it, and the reader reads that', () => {
    const plan = planBoard(map, { preset: 'miro', noteSize: 250 });
    const snapshot = planToSnapshot(plan, { markers: false, platform: 'miro' });
    expect(snapshot.platform).toBe('miro');
    const sticky = snapshot.items.find((item) => item.type === 'sticky');
    // Miro's own height for that width, not the planned whole unit, around the planned centre
    expect(sticky?.rect.height).toBeCloseTo((250 * 228) / 199, 9);
    const [read] = readBoard(snapshot).maps;
    expect(read?.map.notes.map((note) => note.text).sort()).toEqual(map.notes.map((note) => note.text).sort());
  });

  test('profiles name the fonts each platform writes with', () => {
    expect(PLATFORM_PROFILES.figjam.fonts).toEqual({ text: { family: 'Inter', style: 'Medium' }, heading: { family: 'Inter', style: 'Medium' }, note: { family: 'Inter', style: 'Medium' } });
    expect(PLATFORM_PROFILES.figma.fonts.heading).toEqual({ family: 'Inter', style: 'Bold' });
    expect(PLATFORM_PROFILES.figma.fonts.text).toEqual({ family: 'Inter', style: 'Regular' });
    for (const preset of PLATFORM_PRESETS) expect(PLATFORM_PROFILES[preset].preset).toBe(preset);
  });
});

describe('measured note heights', () => {
  const map = withTallNotes(createMapFromTemplate('ecommerce', 'ru', { examples: true }));
  // A FigJam whose stickies grow well past the estimate: every note 1.5 × its planned height.
  const taller = (note: PlanNoteItem) => Math.round(note.rect.height * 1.5 + 0.5) - 0.5;

  test('a second pass with the real heights fits notes the first pass did not', () => {
    const first = planBoard(map, { preset: 'figjam' });
    const drawnFirst = drawAsPlatform(first, 'figjam', { noteHeight: taller });
    expect(findPlanViolations(map, drawnFirst).join('\n')).toMatch(/is not inside its cell|overlaps/);

    const second = planBoard(map, { preset: 'figjam', noteHeights: measureNotes(drawnFirst) });
    // the stickies keep the heights they have: drawing the second plan changes no note's height
    const drawnSecond = drawAsPlatform(second, 'figjam', { noteHeight: (note) => drawnFirst.items.find((i) => i.key === note.key)?.rect.height ?? 0 });
    expect(findPlanViolations(map, drawnSecond)).toEqual([]);
    for (const note of notes(second)) expect(note.rect.height).toBe(Math.ceil(measureNotes(drawnFirst).get(note.note) ?? 0));
  });

  test('also lets heights shrink, and leaves notes without a measurement to the estimate', () => {
    const base = planBoard(map, { preset: 'figma' });
    const plan = planBoard(map, { preset: 'figma', noteHeights: new Map([[0, 50]]) });
    expect(notes(plan).find((note) => note.note === 0)?.rect.height).toBe(50);
    expect(notes(plan).find((note) => note.note === 1)?.rect.height).toBe(notes(base).find((note) => note.note === 1)?.rect.height);
    expect(findPlanViolations(map, plan)).toEqual([]);
  });

  test('rejects heights that are not positive numbers or belong to no note, naming the index', () => {
    expect(() => planBoard(map, { noteHeights: new Map([[0, Number.NaN]]) })).toThrowError(/options\.noteHeights\[0\]: expected a finite height > 0, got NaN/);
    expect(() => planBoard(map, { noteHeights: new Map([[2, -5]]) })).toThrowError(/options\.noteHeights\[2\]/);
    expect(() => planBoard(map, { noteHeights: new Map([[map.notes.length, 300]]) })).toThrowError(new RegExp(`noteHeights\\[${map.notes.length}\\]: no note has index`));
  });
});
