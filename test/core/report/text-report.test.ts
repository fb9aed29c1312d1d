import { describe, expect, it } from 'vitest';
import { audit } from '../../../core/audit/index.ts';
import { formatTextReport } from '../../../core/report/index.ts';
import { stripControlChars } from '../../../core/text/control-chars.ts';
import { makeLumusMap } from '../audit/lumus-map.ts';
import { makeCleanMap } from '../audit/map-builder.ts';

/** An ANSI SGR sequence; built from a string because lint rightly frowns on control characters in regex literals. */
const ESC = '\u001b';
const ANSI = new RegExp(`${ESC}\\[[0-9;]*m`, 'gu');

describe('formatTextReport', () => {
  const map = makeLumusMap();
  const findings = audit(map);
  const plain = formatTextReport(map, findings, { color: false });

  it('starts with the map title and the counts', () => {
    expect(plain.split('\n')[0]).toBe('Аудит карты «Lumus: руководитель отдела продаж» — 2 ошибки, 6 предупреждений, 1 наблюдение');
  });

  it('groups findings per stage, whole map first, with markers and indented hints', () => {
    const lines = plain.split('\n');
    const headings = lines.filter((line) => line !== '' && !line.startsWith(' ')).slice(1);
    expect(headings).toEqual(['Вся карта', '1. Этап «Игнорирование»', '3. Этап «Выбор продукта»', '4. Этап «Тестирование»', '5. Этап «Оплата»']);
    const at = lines.indexOf('3. Этап «Выбор продукта»');
    expect(lines[at + 1]).toBe('  ✖ Этап «Выбор продукта»: нет ни одной точки контакта [missing-touchpoints]');
    expect(lines[at + 2]).toMatch(/^ {4}Добавьте, где клиент может встретить бренд/u);
    expect(plain).toContain('  ▲ Этап «Оплата»: пустая ячейка «Эмоции» [empty-cell]');
    expect(plain).toContain('  ℹ Узкое место воронки: «Выбор продукта» → «Тестирование»: 12% (1\u00a0200 → 144) [funnel-bottleneck]');
  });

  it('shows a hint once, not again for a later finding with the same hint', () => {
    const twice = makeCleanMap(['Поиск', 'Выбор']);
    const bare = { ...twice, notes: twice.notes.filter((n) => n.layer !== 'tp') };
    const lines = formatTextReport(bare, audit(bare), { color: false }).split('\n');
    expect(lines.filter((line) => line.includes('нет ни одной точки контакта'))).toHaveLength(2);
    expect(lines.filter((line) => line.startsWith('    Добавьте, где клиент'))).toHaveLength(1);
  });

  it('wraps hints to the width', () => {
    const narrow = formatTextReport(map, findings, { color: false, width: 60 });
    const hintLines = narrow.split('\n').filter((line) => line.startsWith('    '));
    expect(hintLines.length).toBeGreaterThan(new Set(findings.map((f) => f.hint)).size);
    expect(hintLines.every((line) => line.length <= 60)).toBe(true);
  });

  it('has no ANSI codes without colour and has them with colour', () => {
    expect(plain).not.toContain(ESC);
    const colored = formatTextReport(map, findings, { color: true });
    expect(colored).toContain('\u001b[31m✖\u001b[39m');
    expect(colored).toContain('\u001b[33m▲\u001b[39m');
    expect(colored).toContain('\u001b[36mℹ\u001b[39m');
    expect(colored.replace(ANSI, '')).toBe(plain);
  });

  it('writes labels in the locale asked for', () => {
    const english = formatTextReport(map, audit(map, { locale: 'en' }), { color: false, locale: 'en' });
    expect(english.split('\n')[0]).toBe('Map audit “Lumus: руководитель отдела продаж” — 2 errors, 6 warnings, 1 info');
    expect(english).toContain('\nWhole map\n');
    expect(english).toContain('\n3. Stage “Выбор продукта”\n');
  });

  it('lets no escape code from the board reach the terminal', () => {
    const hostile = makeCleanMap(['Поиск\u001b[2K', 'Выбор'], 'en');
    hostile.title = 'T\u001b[2J\u001b[31mHACK';
    hostile.notes = hostile.notes.filter((n) => n.layer !== 'tp');
    hostile.orphans = [{ text: 'x\u001b]0;pwned\u0007\u009b31m', reason: 'outside-grid' }];
    const report = formatTextReport(hostile, audit(hostile), { color: false });
    expect(stripControlChars(report)).toBe(report);
    expect(report.split('\n')[0]).toMatch(/^Map audit “T\[2J\[31mHACK” — /u);
    expect(report).toContain('\n1. Stage “Поиск[2K”\n');
    expect(report).toContain('Note outside the cells: “x]0;pwned31m”');
    // With colour, only our own codes are left.
    const colored = formatTextReport(hostile, audit(hostile), { color: true });
    expect(colored.replace(ANSI, '')).toBe(report);
    // Findings from elsewhere (a JSON report) are cleaned too.
    const foreign = formatTextReport(hostile, [{ rule: 'orphan-note', severity: 'warning', message: 'm\u001b[2J', hint: 'h\u001b[31m' }], { color: false });
    expect(foreign).not.toContain(ESC);
  });

  it('says so when there is nothing to report', () => {
    const clean = makeCleanMap(['Поиск'], 'en');
    expect(formatTextReport(clean, audit(clean), { color: false })).toBe('Map audit “Test map” — ✔ no findings\n');
  });
});
