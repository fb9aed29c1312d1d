import { describe, expect, it } from 'vitest';
import { audit } from '../../../core/audit/index.ts';
import { escapeMarkdown, formatMarkdownReport } from '../../../core/report/index.ts';
import { makeLumusMap } from '../audit/lumus-map.ts';
import { layer, makeCleanMap, makeMap, note, stage } from '../audit/map-builder.ts';

/** The lines of the table that follows `heading`, split into trimmed cells. */
function tableAfter(markdown: string, heading: string): string[][] {
  const lines = markdown.split('\n');
  const start = lines.indexOf(heading);
  expect(start, heading).toBeGreaterThanOrEqual(0);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    // Split at pipes that are not escaped.
    rows.push(line.slice(2, -2).split(/(?<!\\) \| /u).map((cell) => cell.trim()));
  }
  return rows;
}

describe('formatMarkdownReport', () => {
  const map = makeLumusMap();
  const markdown = formatMarkdownReport(map, audit(map));

  it('opens with the title, the size of the map and the counts by severity', () => {
    expect(markdown.split('\n').slice(0, 5)).toEqual([
      '# Аудит карты «Lumus: руководитель отдела продаж»',
      '',
      '5 этапов · 7 слоёв · 29 заметок',
      '',
      '**Итог:** 2 ошибки, 6 предупреждений, 1 наблюдение.',
    ]);
  });

  it('names the persona when the map has one', () => {
    const withPersona = { ...map, persona: { name: 'Руководитель | отдела продаж', motives: [], scenarios: [], drivers: [], barriers: [] } };
    expect(formatMarkdownReport(withPersona, []).split('\n')[2]).toBe('Персона: Руководитель \\| отдела продаж · 5 этапов · 7 слоёв · 29 заметок');
  });

  it('has a coverage table with layers as rows, stages as columns and the number of notes', () => {
    const rows = tableAfter(markdown, '## Заполненность');
    expect(rows[0]).toEqual(['Слой', 'Игнорирование', 'Поиск решения', 'Выбор продукта', 'Тестирование', 'Оплата']);
    expect(rows[1]).toEqual(['---', ':---:', ':---:', ':---:', ':---:', ':---:']);
    expect(rows[2]).toEqual(['*Фаза RACE*', '*Охват*', '*Охват*', '*Взаимодействие*', '*Взаимодействие*', '*Конверсия*']);
    const byLayer = Object.fromEntries(rows.slice(3).map(([title = '', ...cells]) => [title, cells]));
    expect(byLayer['Точки контакта']).toEqual(['✅ 1', '✅ 3', '❌', '✅ 2', '✅ 1']);
    expect(byLayer['Эмоции']).toEqual(['✅ 1', '✅ 2', '✅ 1', '✅ 1', '❌']);
    // Optional and empty: a dash. A recommendations row is expected wherever the stage has none at all.
    expect(byLayer['Действия']).toEqual(['✅ 1', '✅ 1', '—', '—', '—']);
    expect(byLayer['Рекомендации SMM']).toEqual(['❌', '✅ 1', '—', '—', '—']);
    expect(Object.keys(byLayer)).toHaveLength(map.layers.length);
  });

  it('lists findings by severity, then by rule, with a shared hint once and differing hints per finding', () => {
    const errors = markdown.indexOf('### ✖ Ошибки (2)');
    const warnings = markdown.indexOf('### ▲ Предупреждения (6)');
    const info = markdown.indexOf('### ℹ Наблюдения (1)');
    expect(errors).toBeGreaterThan(0);
    expect(warnings).toBeGreaterThan(errors);
    expect(info).toBeGreaterThan(warnings);
    expect(markdown).toContain(
      '**Этап без точек контакта** (`missing-touchpoints`) — Добавьте, где клиент может встретить бренд: сайт, соцсети, рассылка, мессенджеры, реклама, форумы… Без точки контакта клиента на этом этапе нечем удержать.\n\n- Этап «Выбор продукта»: нет ни одной точки контакта\n',
    );
    // Orphans of different reasons get different hints: each under its finding.
    expect(markdown).toContain(
      '**Заметка вне ячеек** (`orphan-note`)\n\n- Заметка вне ячеек: «Не забыть: спросить у отдела продаж» — лежит за пределами сетки карты  \n  *Перенесите заметку',
    );
    // Within a severity, rules come in rule order.
    expect(markdown.indexOf('(`empty-cell`)')).toBeLessThan(markdown.indexOf('(`funnel-inconsistent`)'));
    expect(markdown.indexOf('(`funnel-inconsistent`)')).toBeLessThan(markdown.indexOf('(`orphan-note`)'));
  });

  it('shows the funnel with conversions, the growth and the bottleneck', () => {
    expect(tableAfter(markdown, '## Воронка: «Метрики»')).toEqual([
      ['Этап', 'Значение', 'Конверсия'],
      ['---', '---:', '---:'],
      ['Игнорирование', '10\u00a0000', '—'],
      ['Поиск решения', '3\u00a0000', '30%'],
      ['Выбор продукта', '1\u00a0200', '40%'],
      ['Тестирование', '144', '12%'],
      ['Оплата', '180', '⚠️ 125% (растёт)'],
    ]);
    expect(markdown).toContain('**Узкое место:** «Выбор продукта» → «Тестирование»: 12% (1\u00a0200 → 144).');
  });

  it('lists the orphans with their reasons', () => {
    expect(tableAfter(markdown, '## Заметки вне ячеек (2)').slice(2)).toEqual([
      ['Не забыть: спросить у отдела продаж', 'лежит за пределами сетки карты'],
      ['Lumus CJM v2', 'похожа на заголовок, но не называет ни этап, ни слой'],
    ]);
  });

  it('writes headings in the locale asked for', () => {
    const english = formatMarkdownReport(map, audit(map, { locale: 'en' }), { locale: 'en' });
    for (const heading of ['# Map audit “Lumus: руководитель отдела продаж”', '## Coverage', '## Findings', '### ✖ Errors (2)', '## Funnel: “Метрики”', '## Notes outside the cells (2)']) {
      expect(english.split('\n')).toContain(heading);
    }
    expect(english).toContain('5 stages · 7 layers · 29 notes');
    expect(english).toContain('**Summary:** 2 errors, 6 warnings, 1 info.');
    expect(english).toContain('| *RACE phase* | *Reach* | *Reach* | *Act* | *Act* | *Convert* |');
  });

  it('escapes pipes, line breaks and HTML in user text', () => {
    const hostile = makeMap({
      title: 'Карта <script>alert(1)</script>',
      stages: [stage('s1', 'Сайт | магазин'), stage('s2', 'Оплата\nкартой')],
      layers: [layer('l', 'touchpoints', '<img src=x onerror=alert(1)>')],
      notes: [note('s1', 'l', 'ok')],
      orphans: [{ text: 'a | b\n<b>жирный</b> *важно*', reason: 'no-layer' }],
    });
    const out = formatMarkdownReport(hostile, audit(hostile));
    expect(out).not.toMatch(/<[a-z/]/iu);
    expect(out).toContain('# Аудит карты «Карта &lt;script&gt;alert(1)&lt;/script&gt;»');
    const coverage = tableAfter(out, '## Заполненность');
    expect(coverage[0]).toEqual(['Слой', 'Сайт \\| магазин', 'Оплата картой']);
    expect(coverage[2]).toEqual(['&lt;img src=x onerror=alert(1)&gt;', '✅ 1', '❌']);
    expect(tableAfter(out, '## Заметки вне ячеек (1)')[2]).toEqual(['a \\| b &lt;b&gt;жирный&lt;/b&gt; \\*важно\\*', 'не попадает ни в один слой (строку)']);
    // Every table row still has as many cells as its header.
    for (const line of out.split('\n').filter((l) => l.startsWith('| Слой'))) expect(line.split(/(?<!\\)\|/u)).toHaveLength(5);
  });

  it('says when there is nothing to report and leaves out the funnel and orphans without data', () => {
    const clean = makeCleanMap(['Поиск', 'Выбор']);
    const out = formatMarkdownReport(clean, audit(clean));
    expect(out).toContain('**Итог:** замечаний нет.');
    expect(out).toContain('## Замечания\n\nЗамечаний нет.');
    expect(out).not.toContain('## Воронка');
    expect(out).not.toContain('## Заметки вне ячеек');
  });
});

describe('escapeMarkdown', () => {
  it('keeps ordinary text and ampersands readable', () => {
    expect(escapeMarkdown('R&D, 12% — «ок»')).toBe('R&D, 12% — «ок»');
    expect(escapeMarkdown('&lt;')).toBe('&amp;lt;');
    expect(escapeMarkdown('[link](javascript:x) `code` _a_')).toBe('\\[link\\](javascript:x) \\`code\\` \\_a\\_');
  });
});
