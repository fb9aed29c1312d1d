import { describe, expect, it } from 'vitest';
import { describeOrphanReason, suggestOrphanFix } from '../../../../core/audit/index.ts';
import { ORPHAN_REASONS, ORPHAN_REASON_TEXT } from '../../../../core/read/orphan-reasons.ts';

/** The hint for a note that simply sits in the wrong place. */
const MOVE_INTO_CELL = {
  ru: 'Перенесите заметку в нужную ячейку (этап × слой) или удалите её: заметка вне ячеек не относится ни к одному этапу.',
  en: 'Move the note into its cell (stage × layer) or delete it: a note outside the cells counts for no stage.',
};
import { findingsOf } from '../find.ts';
import { makeMap } from '../map-builder.ts';

const ORPHANS = [
  { text: 'Спросить у отдела продаж', reason: 'outside-grid' },
  { text: 'Lumus CJM', reason: 'title' },
  { text: 'Мотив: рост', reason: 'persona' },
  { text: 'Без этапа', reason: 'no-stage' },
  { text: 'Без слоя', reason: 'no-layer' },
  { text: '', reason: 'unreadable' },
  { text: 'Новое', reason: 'future-code' },
];

describe('orphan-note', () => {
  const map = makeMap({ stages: [], layers: [], orphans: ORPHANS });

  it('reports every orphan, about the whole map, quoting it and saying why in words', () => {
    const findings = findingsOf(map, 'orphan-note');
    expect(findings.map((f) => f.message)).toEqual([
      'Заметка вне ячеек: «Спросить у отдела продаж» — лежит за пределами сетки карты',
      'Заметка вне ячеек: «Lumus CJM» — похожа на заголовок над сеткой, но заголовком карты выбран другой текст',
      'Заметка вне ячеек: «Мотив: рост» — похожа на описание персоны, но не вошла в него',
      'Заметка вне ячеек: «Без этапа» — не попадает ни в один этап (столбец)',
      'Заметка вне ячеек: «Без слоя» — не попадает ни в один слой (строку)',
      'Заметка вне ячеек: (без текста) — её положение или размер на доске заданы не числом',
      'Заметка вне ячеек: «Новое» — future-code',
    ]);
    expect(findings.every((f) => f.stage === undefined && f.layer === undefined && f.severity === 'warning')).toBe(true);
    expect(findings[0]?.hint).toContain('Перенесите заметку');
    expect(findings[1]?.hint).toContain('строку названий этапов');
  });

  it('speaks English', () => {
    const findings = findingsOf(map, 'orphan-note', { locale: 'en' });
    expect(findings[0]?.message).toBe('Note outside the cells: “Спросить у отдела продаж” — lies outside the map grid');
    expect(findings[5]?.message).toBe('Note outside the cells: (no text) — its position or size on the board is not a number');
    expect(findings[6]?.message).toBe('Note outside the cells: “Новое” — future-code');
    expect(findings.every((f) => !/[а-яё]/iu.test(f.hint))).toBe(true);
  });

  it('is silent without orphans', () => {
    expect(findingsOf(makeMap({ stages: [], layers: [] }), 'orphan-note')).toEqual([]);
  });

  it('describes reasons for other reports too', () => {
    expect(describeOrphanReason('no-layer', 'en')).toBe('falls in no layer row');
    expect(describeOrphanReason('whatever', 'ru')).toBe('whatever');
  });

  it('reads the one table of reasons the board reader defines, with a description and a hint for every code', () => {
    for (const reason of ORPHAN_REASONS) {
      for (const locale of ['ru', 'en'] as const) {
        expect(describeOrphanReason(reason, locale)).toBe(ORPHAN_REASON_TEXT[reason].description[locale]);
        const hint = suggestOrphanFix(reason)[locale];
        if (hint !== MOVE_INTO_CELL[locale]) expect(hint).toBe(ORPHAN_REASON_TEXT[reason].hint[locale]);
      }
    }
    expect(suggestOrphanFix('whatever')).toEqual(MOVE_INTO_CELL);
  });

  it('never claims that nothing shows the note: the Markdown reports list notes outside the cells', () => {
    const findings = [...findingsOf(map, 'orphan-note'), ...findingsOf(map, 'orphan-note', { locale: 'en' })];
    for (const finding of findings) expect(finding.hint).not.toMatch(/не видят|не учитывают|neither the audit|nor the exports/iu);
    for (const reason of ['outside-grid', 'no-stage', 'no-layer', 'future-code']) expect(suggestOrphanFix(reason)).toEqual(MOVE_INTO_CELL);
    expect(findings[0]?.hint).toBe(MOVE_INTO_CELL.ru);
    expect(findings.at(-1)?.hint).toBe(MOVE_INTO_CELL.en);
  });

  it('says that an unreadable item has no numeric position or size, not that its text could not be read', () => {
    const [finding] = findingsOf(makeMap({ stages: [], layers: [], orphans: [{ text: 'Sticky', reason: 'unreadable' }] }), 'orphan-note', { locale: 'en' });
    expect(finding?.message).toBe('Note outside the cells: “Sticky” — its position or size on the board is not a number');
    expect(finding?.hint).toContain('no numeric position or size');
    expect(finding?.hint).not.toMatch(/image|empty sticky|type the text/iu);
  });
});
