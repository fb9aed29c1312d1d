import { describe, expect, it } from 'vitest';
import { formatCsv, formatField } from '../../../core/report/index.ts';
import { makeLumusMap } from '../audit/lumus-map.ts';
import { layer, makeMap, note, stage } from '../audit/map-builder.ts';

/**
 * A small RFC 4180 reader: records end at CRLF, fields are quoted when they hold the delimiter (a
 * comma unless told), a quote or a line break, and "" inside quotes is one quote. Strict: anything else after a closing quote
 * or a bare CR/LF outside quotes throws, so a sloppy writer cannot pass.
 */
function parseCsv(text: string, delimiter: ',' | ';' = ','): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quote');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += text[i];
        i++;
      }
    } else {
      while (i < text.length && text[i] !== delimiter && text[i] !== '\r' && text[i] !== '\n') {
        if (text[i] === '"') throw new Error(`bare quote at ${i}`);
        field += text[i];
        i++;
      }
    }
    record.push(field);
    if (text[i] === delimiter) {
      i++;
    } else if (text.startsWith('\r\n', i)) {
      records.push(record);
      record = [];
      i += 2;
    } else if (i < text.length) {
      throw new Error(`unexpected ${JSON.stringify(text[i])} at ${i}`);
    }
  }
  if (record.length > 0) throw new Error('last record has no CRLF');
  return records;
}

describe('formatCsv', () => {
  const lumus = makeLumusMap();
  const csv = formatCsv(lumus);

  it('starts with a byte order mark and ends every record with CRLF', () => {
    expect(csv.startsWith('\ufeffСлой,Игнорирование,Поиск решения,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/gu, '').replace(/"[^"]*"/gu, '')).not.toMatch(/[\r\n]/u);
  });

  it('round-trips: stages as columns, layers as rows, a cell’s notes on separate lines', () => {
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual(['Слой', ...lumus.stages.map((s) => s.name)]);
    expect(rows.map((row) => row[0])).toEqual(['Слой', ...lumus.layers.map((l) => l.title)]);
    expect(rows.every((row) => row.length === lumus.stages.length + 1)).toBe(true);
    for (const [r, l] of lumus.layers.entries()) {
      for (const [c, s] of lumus.stages.entries()) {
        const texts = lumus.notes.filter((n) => n.stage === s.id && n.layer === l.id).map((n) => n.text);
        expect(rows[r + 1]?.[c + 1]).toBe(texts.join('\n'));
      }
    }
    expect(rows[4]?.[2]).toBe('Статья на vc.ru\nПодробный пост в соцсетях\nРекомендации на форумах');
  });

  it('quotes commas, quotes and line breaks (RFC 4180) and keeps Cyrillic intact', () => {
    expect(formatField('просто текст')).toBe('просто текст');
    expect(formatField('Найти продукт, который')).toBe('"Найти продукт, который"');
    expect(formatField('Тариф "Про"')).toBe('"Тариф ""Про"""');
    expect(formatField('строка 1\r\nстрока 2')).toBe('"строка 1\nстрока 2"');
    const map = makeMap({
      stages: [stage('s', 'Ёжик, "café" 🚀')],
      layers: [layer('l', 'other', 'Заметки')],
      notes: [note('s', 'l', 'a,b'), note('s', 'l', '"q"\r\nnext')],
    });
    expect(parseCsv(formatCsv(map).slice(1))).toEqual([
      ['Слой', 'Ёжик, "café" 🚀'],
      ['Заметки', 'a,b\n"q"\nnext'],
    ]);
  });

  it('puts the lane in parentheses and writes English headers for English maps', () => {
    const map = makeMap({ locale: 'en', stages: [stage('a', 'Payment', { lane: 'online' }), stage('b', 'Payment', { lane: 'store' })], layers: [] });
    expect(parseCsv(formatCsv(map).slice(1))).toEqual([['Layer', 'Payment (online)', 'Payment (store)']]);
  });

  it('defuses formulas but leaves plain numbers alone', () => {
    expect(formatField('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(formatField('+7 999 123-45-67 звонок')).toBe("'+7 999 123-45-67 звонок");
    expect(formatField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(formatField('-20% отток')).toBe("'-20% отток");
    expect(formatField('\tTAB')).toBe("'\tTAB");
    expect(formatField('-20%')).toBe('-20%');
    expect(formatField('+15')).toBe('+15');
    expect(formatField('-3,5')).toBe('"-3,5"');
    expect(formatField('+2.5%')).toBe('+2.5%');
    // Spaces inside are not one plain number: the apostrophe keeps it text.
    expect(formatField('-1 200,5')).toBe(`"'-1 200,5"`);
    expect(formatField('20% отток')).toBe('20% отток');
    const map = makeMap({ stages: [stage('s', '=1+1')], layers: [layer('l', 'metrics', '-Метрики')], notes: [note('s', 'l', '=cmd|x')] });
    expect(parseCsv(formatCsv(map).slice(1))).toEqual([
      ['Слой', "'=1+1"],
      ["'-Метрики", "'=cmd|x"],
    ]);
  });

  it('strips control characters from cells (terminal colours, bells), then defuses what is left', () => {
    expect(formatField('\u001b[31mКрасный\u001b[0m текст\u0007')).toBe('[31mКрасный[0m текст');
    expect(formatField('a\u0000b\u007fc\u009bd')).toBe('abcd');
    // A bell before a formula does not hide it from the defusing.
    expect(formatField('\u0007=cmd|x')).toBe("'=cmd|x");
    // A vertical tab (PowerPoint's soft line break) is a line break in the cell.
    expect(formatField('one\u000btwo')).toBe('"one\ntwo"');
    const map = makeMap({ stages: [stage('s', 'Этап\u001b]0;title\u0007')], layers: [layer('l', 'touchpoints', 'Точки')], notes: [note('s', 'l', '\u001b[2JСайт')] });
    const csv = formatCsv(map);
    // eslint-disable-next-line no-control-regex -- the point of the test
    expect(csv).not.toMatch(/[\u0000-\u0008\u000b-\u000c\u000e-\u001f\u007f]/u);
    expect(parseCsv(csv.slice(1))).toEqual([
      ['Слой', 'Этап]0;title'],
      ['Точки', '[2JСайт'],
    ]);
  });

  it('defuses a note that is only a phone number, which Excel would evaluate', () => {
    expect(formatField('+7 999 123 45 67')).toBe("'+7 999 123 45 67");
    expect(formatField('-1 2')).toBe("'-1 2");
    expect(formatField('+1-2')).toBe("'+1-2");
    const map = makeMap({ stages: [stage('s', 'Звонок')], layers: [layer('l', 'touchpoints', 'Точки контакта')], notes: [note('s', 'l', '+7 999 123 45 67')] });
    expect(parseCsv(formatCsv(map).slice(1))[1]).toEqual(['Точки контакта', "'+7 999 123 45 67"]);
  });

  it('names blank layers and stages the way the reports do', () => {
    const map = makeMap({
      stages: [stage('a', ' '), stage('b', 'Оплата', { lane: ' ' }), stage('c', 'Оплата', { lane: 'офлайн' })],
      layers: [layer('l1', 'touchpoints', ''), layer('l2', 'metrics', '  '), layer('l3', 'other', 'Своё')],
    });
    expect(parseCsv(formatCsv(map).slice(1))).toEqual([
      ['Слой', '#1', 'Оплата', 'Оплата (офлайн)'],
      ['Точки контакта', '', '', ''],
      ['Метрики', '', '', ''],
      ['Своё', '', '', ''],
    ]);
    const english = { ...map, locale: 'en' as const };
    expect(parseCsv(formatCsv(english).slice(1)).map((row) => row[0])).toEqual(['Layer', 'Touchpoints', 'Metrics', 'Своё']);
  });

  it('separates fields with semicolons when asked, for Excel with Russian regional settings', () => {
    const semi = formatCsv(lumus, { delimiter: ';' });
    expect(semi.startsWith('\ufeffСлой;Игнорирование;Поиск решения;')).toBe(true);
    expect(parseCsv(semi.slice(1), ';')).toEqual(parseCsv(csv.slice(1)));
    expect(formatCsv(lumus, { delimiter: ',' })).toBe(csv);
    expect(formatCsv(lumus, {})).toBe(csv);
  });

  it('quotes the delimiter in use: semicolons with ";", and commas no longer need it', () => {
    expect(formatField('a;b', ';')).toBe('"a;b"');
    expect(formatField('a;b')).toBe('a;b');
    expect(formatField('Найти продукт, который', ';')).toBe('Найти продукт, который');
    expect(formatField('-3,5', ';')).toBe('-3,5');
    expect(formatField('Тариф "Про"', ';')).toBe('"Тариф ""Про"""');
    expect(formatField('строка 1\nстрока 2', ';')).toBe('"строка 1\nстрока 2"');
    expect(formatField('=1;2', ';')).toBe(`"'=1;2"`);
    const map = makeMap({
      stages: [stage('s1', 'Оплата; доставка'), stage('s2', 'Отзыв, повтор')],
      layers: [layer('l', 'metrics', 'Метрики')],
      notes: [note('s1', 'l', '3,5%'), note('s1', 'l', 'CR; 2'), note('s2', 'l', '-3,5')],
    });
    const semi = formatCsv(map, { delimiter: ';' });
    expect(semi).toBe('\ufeffСлой;"Оплата; доставка";Отзыв, повтор\r\nМетрики;"3,5%\nCR; 2";-3,5\r\n');
    expect(parseCsv(semi.slice(1), ';')).toEqual([
      ['Слой', 'Оплата; доставка', 'Отзыв, повтор'],
      ['Метрики', '3,5%\nCR; 2', '-3,5'],
    ]);
  });

  it('writes the header alone for a map without layers, and the corner alone without stages', () => {
    expect(formatCsv(makeMap({ stages: [], layers: [] }))).toBe('\ufeffСлой\r\n');
  });
});
