import { describe, expect, it } from 'vitest';
import { audit } from '../../../core/audit/index.ts';
import { escapeMarkdown, formatMarkdownReport } from '../../../core/report/index.ts';
import { stripControlChars } from '../../../core/text/control-chars.ts';
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

  it('puts a step’s own conversion rate in the conversion column and never divides two rates', () => {
    const rates = makeMap({
      locale: 'en',
      stages: [stage('s1', 'Visit'), stage('s2', 'Sign-up'), stage('s3', 'Trial'), stage('s4', 'Paid')],
      layers: [layer('m', 'metrics', 'Metrics')],
      notes: [note('s1', 'm', 'Visit → sign-up 12%'), note('s2', 'm', 'Sign-up → trial 30%'), note('s3', 'm', 'Trial → paid 3.5%'), note('s4', 'm', 'Customers: 35')],
    });
    const out = formatMarkdownReport(rates, audit(rates));
    expect(tableAfter(out, '## Funnel: “Metrics”')).toEqual([
      ['Stage', 'Value', 'Conversion'],
      ['---', '---:', '---:'],
      ['Visit', '—', '12% (stated)'],
      ['Sign-up', '—', '30% (stated)'],
      ['Trial', '—', '3.5% (stated)'],
      ['Paid', '35', '—'],
    ]);
    expect(out).toContain('**Bottleneck:** “Trial” converts 3.5%.');
    expect(out).not.toContain('grows');
  });

  it('shows computed conversions for counts across a rate row, saying which count they follow', () => {
    const mixed = makeMap({
      stages: [stage('s1', 'Заявка'), stage('s2', 'Тест'), stage('s3', 'Оплата')],
      layers: [layer('m', 'metrics', 'Метрики')],
      notes: [note('s1', 'm', 'Заявок: 1 000'), note('s2', 'm', 'Записались онлайн: 3,5%'), note('s3', 'm', 'Оплатили: 250')],
    });
    expect(tableAfter(formatMarkdownReport(mixed, audit(mixed)), '## Воронка: «Метрики»').slice(2)).toEqual([
      ['Заявка', '1\u00a0000', '—'],
      ['Тест', '—', '3,5% (на карте)'],
      ['Оплата', '250', '25% от этапа «Заявка»'],
    ]);
  });

  it('names the bottleneck among stated rates and computed conversions alike, and marks which is which', () => {
    const mixed = makeMap({
      locale: 'en',
      stages: [stage('s1', 'Discover'), stage('s2', 'Browse'), stage('s3', 'Add to cart'), stage('s4', 'Checkout'), stage('s5', 'Delivery')],
      layers: [layer('m', 'metrics', 'Funnel')],
      notes: [
        note('s1', 'm', 'Visitors: 120,000'),
        note('s2', 'm', 'Browsed: 54,000'),
        note('s3', 'm', 'Carts: 9,600'),
        note('s4', 'm', 'Checkout conversion 3.5%'),
        note('s5', 'm', 'Delivered: 3,900'),
      ],
    });
    const out = formatMarkdownReport(mixed, audit(mixed));
    expect(tableAfter(out, '## Funnel: “Funnel”').slice(2)).toEqual([
      ['Discover', '120,000', '—'],
      ['Browse', '54,000', '45%'],
      ['Add to cart', '9,600', '18%'],
      ['Checkout', '—', '3.5% (stated)'],
      ['Delivery', '3,900', '41% of “Add to cart”'],
    ]);
    expect(out).toContain('**Bottleneck:** “Checkout” converts 3.5%.');
    const russian = formatMarkdownReport(mixed, audit(mixed, { locale: 'ru' }), { locale: 'ru' });
    expect(tableAfter(russian, '## Воронка: «Funnel»')[5]).toEqual(['Checkout', '—', '3,5% (на карте)']);
    expect(russian).toContain('**Узкое место:** «Checkout» — конверсия 3,5%.');
  });

  it('says "от этапов" where lanes join', () => {
    const lanes = makeMap({
      stages: [stage('s1', 'Выбор'), stage('s2', 'Оплата', { lane: 'онлайн' }), stage('s3', 'Оплата', { lane: 'офлайн' }), stage('s4', 'Повтор')],
      layers: [layer('m', 'metrics', 'Метрики')],
      notes: [note('s1', 'm', 'Клиентов: 1 000'), note('s2', 'm', 'Клиентов: 300'), note('s3', 'm', 'Клиентов: 200'), note('s4', 'm', 'Клиентов: 100')],
    });
    const rows = tableAfter(formatMarkdownReport(lanes, audit(lanes)), '## Воронка: «Метрики»').slice(2);
    expect(rows[2]).toEqual(['Оплата (офлайн)', '200', '20% от этапа «Выбор»']);
    expect(rows[3]).toEqual(['Повтор', '100', '20% от этапов «Оплата (онлайн)» + «Оплата (офлайн)»']);
  });

  it('marks cells as "should be filled" by the same options as the audit', () => {
    const clean = makeCleanMap(['Поиск', 'Выбор']);
    const withEmotions = { ...clean, layers: [...clean.layers, layer('emo', 'emotions', 'Эмоции')] };
    const options = { requiredLayers: ['emotions' as const] };
    const out = formatMarkdownReport(withEmotions, audit(withEmotions, options), options);
    const byLayer = Object.fromEntries(tableAfter(out, '## Заполненность').slice(2).map(([title = '', ...cells]) => [title, cells]));
    expect(byLayer['Эмоции']).toEqual(['❌', '❌']);
    expect(out).toContain('(`empty-cell`)');
    // Without the option, an optional row left empty is only a dash.
    const plain = formatMarkdownReport(withEmotions, audit(withEmotions));
    expect(tableAfter(plain, '## Заполненность').at(-1)).toEqual(['Эмоции', '—', '—']);
    // A rule switched off reports nothing, so the table does not ask for the row either.
    const off = { rules: { 'missing-touchpoints': 'off' as const } };
    const bare = { ...clean, notes: clean.notes.filter((n) => n.layer !== 'tp') };
    expect(tableAfter(formatMarkdownReport(bare, audit(bare, off), off), '## Заполненность')[3]).toEqual(['Точки контакта', '—', '—']);
    expect(tableAfter(formatMarkdownReport(bare, audit(bare)), '## Заполненность')[3]).toEqual(['Точки контакта', '❌', '❌']);
  });

  it('explains the coverage marks under the table', () => {
    expect(markdown).toContain('\n\n✅ N — заполнено (N заметок) · ❌ — пусто, а слой обязательный · «—» — пусто\n');
    const english = formatMarkdownReport(map, audit(map, { locale: 'en' }), { locale: 'en' });
    expect(english).toContain('\n\n✅ N — filled (N notes) · ❌ — empty, but the layer is required · “—” — empty\n');
  });

  it('nests quotes in a title that has its own: „…“ inside «…»', () => {
    const clinic = { ...map, title: 'Карта пути пациента — клиника «Здоровье+»' };
    expect(formatMarkdownReport(clinic, []).split('\n')[0]).toBe('# Аудит карты «Карта пути пациента — клиника „Здоровье+“»');
  });

  it('titles the document with the map’s own name when asked for a map, not an audit', () => {
    expect(formatMarkdownReport(map, [], { heading: 'map' }).split('\n')[0]).toBe('# Lumus: руководитель отдела продаж');
    expect(formatMarkdownReport(map, [], { heading: 'audit' }).split('\n')[0]).toBe('# Аудит карты «Lumus: руководитель отдела продаж»');
    const clinic = { ...map, title: 'Клиника «Здоровье+» | <b>2024</b>' };
    expect(formatMarkdownReport(clinic, [], { heading: 'map' }).split('\n')[0]).toBe('# Клиника «Здоровье+» \\| &lt;b&gt;2024&lt;/b&gt;');
    const untitled = { ...map, title: '  ' };
    expect(formatMarkdownReport(untitled, [], { heading: 'map' }).split('\n')[0]).toBe('# Карта');
    expect(formatMarkdownReport(untitled, [], { heading: 'map', locale: 'en' }).split('\n')[0]).toBe('# Map');
    expect(formatMarkdownReport(untitled, []).split('\n')[0]).toBe('# Аудит карты');
  });

  it('lists the orphans with their reasons', () => {
    expect(tableAfter(markdown, '## Заметки вне ячеек (2)').slice(2)).toEqual([
      ['Не забыть: спросить у отдела продаж', 'лежит за пределами сетки карты'],
      ['Lumus CJM v2', 'похожа на заголовок над сеткой, но заголовком карты выбран другой текст'],
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

  it('drops terminal escape codes and other control characters from board text', () => {
    const hostile = makeMap({
      title: 'T\u001b[2J\u001b[31mHACK',
      stages: [stage('s1', 'Оплата\u0007')],
      layers: [layer('l', 'touchpoints', 'Точки\u009b контакта')],
      notes: [note('s1', 'l', 'ok\u001b]0;x\u0007')],
      orphans: [{ text: 'a\u001b[0m', reason: 'no-layer' }],
    });
    const out = formatMarkdownReport(hostile, audit(hostile), { includeNotes: true });
    expect(stripControlChars(out)).toBe(out);
    expect(out).toContain('# Аудит карты «T\\[2J\\[31mHACK»');
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

describe('formatMarkdownReport with includeNotes', () => {
  const map = makeLumusMap();
  const withPersona = {
    ...map,
    persona: { name: 'Руководитель отдела продаж', motives: ['Выполнить план'], scenarios: [], drivers: ['Аналитика *скриптов*'], barriers: [' '] },
  };
  const markdown = formatMarkdownReport(withPersona, audit(withPersona), { includeNotes: true });

  it('adds the map: the persona, then every layer with the notes of each stage', () => {
    const start = markdown.indexOf('## Карта\n');
    expect(start).toBeGreaterThan(markdown.indexOf('## Заполненность'));
    expect(start).toBeLessThan(markdown.indexOf('## Замечания'));
    const section = markdown.slice(start, markdown.indexOf('## Замечания'));
    expect(section).toContain('### Персона: Руководитель отдела продаж\n\n**Мотивы:**\n\n- Выполнить план\n\n**Драйверы (почему покупает):**\n\n- Аналитика \\*скриптов\\*');
    expect(section).not.toContain('Сценарии');
    expect(section).not.toContain('Барьеры');
    expect(section).toContain(
      '### Точки контакта\n\n- **Игнорирование**\n  - Статья на vc.ru\n- **Поиск решения**\n  - Статья на vc.ru\n  - Подробный пост в соцсетях\n  - Рекомендации на форумах\n- **Тестирование**',
    );
    // Escaped like every user text: the pipe and the angle brackets stay text.
    expect(section).toContain('  - Ищет в поисковике \\| читает форумы');
    expect(section).toContain('  - Проверить сервис &lt;на своей команде&gt;');
    // Every note of every cell is there.
    for (const note of map.notes) expect(section).toContain(`  - ${escapeMarkdown(note.text)}`);
    const items = section.split('\n').filter((line) => line.startsWith('  - '));
    expect(items).toHaveLength(map.notes.length);
  });

  it('keeps a note on one list item: line breaks become spaces, list and heading markers stay text', () => {
    const tricky = makeMap({
      locale: 'en',
      stages: [stage('s1', 'Search')],
      layers: [layer('a', 'actions', 'Actions'), layer('e', 'emotions', '')],
      notes: [note('s1', 'a', '1. Googles it\n2. Reads reviews'), note('s1', 'a', '# not a heading'), note('s1', 'a', '- not a list'), note('s1', 'a', '')],
    });
    const out = formatMarkdownReport(tricky, [], { includeNotes: true });
    expect(out).toContain(
      '## Map\n\n### Actions\n\n- **Search**\n  - 1\\. Googles it 2. Reads reviews\n  - \\# not a heading\n  - \\- not a list\n  - *(no text)*\n\n### Emotions\n\nNo notes.',
    );
  });

  it('is off by default', () => {
    expect(formatMarkdownReport(map, audit(map))).not.toContain('## Карта');
    expect(formatMarkdownReport(map, audit(map), { includeNotes: false })).not.toContain('## Карта');
  });
});

describe('escapeMarkdown', () => {
  it('keeps ordinary text and ampersands readable', () => {
    expect(escapeMarkdown('R&D, 12% — «ок»')).toBe('R&D, 12% — «ок»');
    expect(escapeMarkdown('&lt;')).toBe('&amp;lt;');
    expect(escapeMarkdown('[link](javascript:x) `code` _a_')).toBe('\\[link\\](javascript:x) \\`code\\` \\_a\\_');
  });

  it('neutralises strikethrough and GitHub math', () => {
    expect(escapeMarkdown('~~старая цена~~ 990 ₽')).toBe('\\~\\~старая цена\\~\\~ 990 ₽');
    expect(escapeMarkdown('$5 and $10')).toBe('\\$5 and \\$10');
    expect(escapeMarkdown('$$x^2$$')).toBe('\\$\\$x^2\\$\\$');
  });

  it('escapes a block marker at the start only, where it would start a heading or a list', () => {
    expect(escapeMarkdown('# Итоги')).toBe('\\# Итоги');
    expect(escapeMarkdown('- скидка')).toBe('\\- скидка');
    expect(escapeMarkdown('+ бонус')).toBe('\\+ бонус');
    expect(escapeMarkdown('1. Ищет')).toBe('1\\. Ищет');
    expect(escapeMarkdown('2) Читает')).toBe('2\\) Читает');
    for (const plain of ['-20%', '#тег', '12.5%', '2024 г.', 'шаг 1. далее', 'C# и F#']) expect(escapeMarkdown(plain)).toBe(plain);
  });

  it('drops control characters', () => {
    expect(escapeMarkdown('T\u001b[31mHACK\u0007')).toBe('T\\[31mHACK');
  });
});
