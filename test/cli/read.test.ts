import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMap, serializeMap } from '../../core/index.ts';
import { fixture, linesOf, runCli } from './fake-io.ts';

const lumusPath = fixture('lumus-gaps.cjm.json');
const lumusText = readFileSync(lumusPath, 'utf8');
const lumus = parseMap(JSON.parse(lumusText));

describe('cjm read', () => {
  it('prints a cjm/1 file back as canonical cjm/1 with --json', async () => {
    const { code, stdout, stderr } = await runCli(['read', lumusPath, '--json']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toBe(serializeMap(lumus));
  });

  it('reads standard input for -', async () => {
    const { code, stdout, io } = await runCli(['read', '-', '--json'], { stdin: lumusText });
    expect(code).toBe(0);
    expect(stdout).toBe(serializeMap(lumus));
    expect(io.stdinReads()).toBe(1);
  });

  it('accepts a file that starts with a UTF-8 byte order mark', async () => {
    const { code, stdout } = await runCli(['read', 'bom.json', '--json'], { files: { 'bom.json': `\uFEFF${lumusText}` } });
    expect(code).toBe(0);
    expect(stdout).toBe(serializeMap(lumus));
  });

  it('summarises stages, layers, notes and orphans without --json, in the map\'s language', async () => {
    const { code, stdout, stderr } = await runCli(['read', lumusPath]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toBe(
      [
        `${lumusPath}: карта в формате cjm/1, 1 карта`,
        '',
        'Lumus: руководитель отдела продаж [русский]',
        '  Персона:    Руководитель отдела продаж',
        '  Этапы:      4 — Охват: Игнорирование → Поиск решения; Взаимодействие: Выбор продукта; Конверсия: Тестирование',
        '  Слои:       4 — Цель (обязательный), Эмоции, Точки контакта (обязательный), Рекомендации (обязательный)',
        '  Заметки:    8 заметок в ячейках',
        '  Вне ячеек:  0',
        '',
      ].join('\n'),
    );
  });

  it('words Russian counts with their plural forms', async () => {
    const withNotes = (count: number, orphans: number) =>
      JSON.stringify({
        ...lumus,
        notes: lumus.notes.slice(0, count),
        orphans: Array.from({ length: orphans }, (_, i) => ({ text: `stray ${i}`, reason: 'outside-grid' })),
      });
    const lines = async (count: number, orphans: number) => linesOf((await runCli(['read', 'm.json'], { files: { 'm.json': withNotes(count, orphans) } })).stdout);
    expect((await lines(1, 2)).slice(-2)).toEqual(['  Заметки:    1 заметка в ячейках', '  Вне ячеек:  2 заметки (список — в поле "orphans" вывода --json)']);
    expect((await lines(5, 1)).slice(-2)).toEqual(['  Заметки:    5 заметок в ячейках', '  Вне ячеек:  1 заметка (список — в поле "orphans" вывода --json)']);
  });

  it('speaks to a Russian strategist in Russian: phases and layer kinds by their Russian names, no English codes, no jargon', async () => {
    const { stdout } = await runCli(['read', fixture('../../fixtures/miro-ru-clinic.json')]);
    // No RACE phase codes and no layer kind ids: the board's own text ("Рекомендации SMM") may be Latin.
    expect(stdout).not.toMatch(/\b(?:plan|reach|act|convert|engage)\b/iu);
    expect(stdout).not.toMatch(/\b(?:goal|actions|expectations|emotions|touchpoints|barriers|recommendations|metrics|other)\b/u);
    expect(stdout).not.toMatch(/сирот/u);
    expect(stdout).toContain('Этапы:      5 — Охват: Осознание проблемы → Поиск клиники; Взаимодействие: Выбор врача; Конверсия: Запись и первый визит; Вовлечение: Повторные визиты');
    // A heading is shown with the kind it was read as when its title does not say it: "Боли" are barriers.
    expect(stdout).toMatch(/Боли \(барьеры\)/u);
    expect(stdout).toMatch(/Эмоцыи \(эмоции\)/u);
  });

  it('summarises in English with --locale en', async () => {
    const { code, stdout, stderr } = await runCli(['read', lumusPath, '--locale', 'en']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toBe(
      [
        `${lumusPath}: cjm/1 map, 1 map`,
        '',
        'Lumus: руководитель отдела продаж [Russian]',
        '  Persona:  Руководитель отдела продаж',
        '  Stages:   4 — Reach: Игнорирование → Поиск решения; Act: Выбор продукта; Convert: Тестирование',
        '  Layers:   4 — Цель (goal, required), Эмоции (emotions), Точки контакта (touchpoints, required), Рекомендации (recommendations, required)',
        '  Notes:    8 in cells',
        '  Orphans:  0',
        '',
      ].join('\n'),
    );
  });

  it('writes to --output instead of stdout', async () => {
    const { code, stdout, io } = await runCli(['read', lumusPath, '--json', '--output', 'out/map.json']);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(io.written.get('out/map.json')).toBe(serializeMap(lumus));
  });

  it('keeps the map when --map 1 picks the only one, and says how many there are otherwise', async () => {
    expect((await runCli(['read', lumusPath, '--json', '--map', '1'])).stdout).toBe(serializeMap(lumus));
    const { code, stderr } = await runCli(['read', lumusPath, '--map', '2']);
    expect(code).toBe(2);
    expect(stderr).toBe(`cjm: ${lumusPath}: --map 2: the board has only 1 map\n`);
  });
});

describe('cjm read: bad input is one line on stderr and exit 2', () => {
  const expectOneLine = async (argv: string[], expected: string | RegExp, stdin?: string) => {
    const { code, stdout, stderr } = await runCli(argv, stdin === undefined ? {} : { stdin });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(linesOf(stderr)).toHaveLength(1);
    if (typeof expected === 'string') expect(stderr).toBe(`${expected}\n`);
    else expect(stderr).toMatch(expected);
    expect(stderr).not.toMatch(/\n\s+at /u);
  };

  it('a missing file', async () => {
    await expectOneLine(['read', 'no/such/board.json'], 'cjm: no/such/board.json: no such file');
  });

  it('a directory', async () => {
    await expectOneLine(['read', fixture('')], `cjm: ${fixture('')}: is a directory, expected a JSON file`);
  });

  it('text that is not JSON, with line and column', async () => {
    const path = fixture('not-json.json');
    await expectOneLine(['read', path], `cjm: ${path}: not JSON (line 4, column 14: Unexpected token ',')`);
  });

  it('a JSON file cut off in the middle', async () => {
    await expectOneLine(['read', '-'], /^cjm: <stdin>: not JSON \(line 1, column 201: .*\); the file looks cut off\n$/u, lumusText.slice(0, 200).replace(/\n/gu, ' '));
  });

  it('empty standard input', async () => {
    await expectOneLine(['read', '-'], 'cjm: <stdin>: empty, expected JSON', '');
  });

  it('JSON of an unknown shape', async () => {
    const path = fixture('unknown-shape.json');
    await expectOneLine(['read', path], `cjm: ${path}: not a cjm/1 map, Miro REST item listing or Figma REST file`);
  });

  it('a truncated Miro export (one page of several)', async () => {
    const path = fixture('truncated-miro.json');
    await expectOneLine(['read', path], new RegExp(`^cjm: ${path.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}: .*2 of the board's 182 items.*cursor`, 'u'));
  });

  it('an invalid cjm/1 map, naming every problem with its path', async () => {
    const path = fixture('broken-map.cjm.json');
    const { stderr } = await runCli(['read', path]);
    await expectOneLine(['read', path], /^cjm: .*broken-map\.cjm\.json: invalid cjm\/1 map: /u);
    for (const problem of ['title: expected string, got number 42', 'stages[0].phase: expected one of plan, reach, act, convert, engage', 'layers[0].kind: expected one of goal,', 'notes[0].text: required string is missing']) {
      expect(stderr).toContain(problem);
    }
  });
});
