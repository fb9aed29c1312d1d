import { describe, expect, it } from 'vitest';
import { audit, createMapFromTemplate, listTemplates, parseMap, serializeMap } from '../../core/index.ts';
import { linesOf, runCli } from './fake-io.ts';

describe('cjm templates', () => {
  it('lists every template with its size and phases', async () => {
    const { code, stdout, stderr } = await runCli(['templates', '--locale', 'en']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    for (const template of listTemplates('en')) {
      expect(stdout).toMatch(new RegExp(`^${template.id} +${template.name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}$`, 'mu'));
      expect(stdout).toContain(`${template.stageCount} stages × ${template.layerCount} layers · ${template.phases.join(', ')}`);
      expect(stdout).toContain(template.description);
    }
    expect(linesOf(stdout).at(-1)).toBe('Start a map: cjm new ID [--examples] [--locale ru|en] > map.json');
  });

  it('speaks Russian with --locale ru, or when LANG is Russian', async () => {
    const russian = listTemplates('ru')[0]?.name ?? '';
    expect((await runCli(['templates', '--locale', 'ru'])).stdout).toContain(russian);
    expect((await runCli(['templates'], { env: { LANG: 'ru_RU.UTF-8' } })).stdout).toContain(russian);
    expect((await runCli(['templates'], { env: { LANG: 'ru_RU.UTF-8', LC_ALL: 'en_US.UTF-8' } })).stdout).toContain(listTemplates('en')[0]?.name ?? '');
    expect((await runCli(['templates'])).stdout).toContain(listTemplates('en')[0]?.name ?? '');
  });

  it('words the sizes, phases and the closing hint in Russian with --locale ru', async () => {
    const { stdout } = await runCli(['templates', '--locale', 'ru']);
    const templates = listTemplates('ru');
    const race = templates.find((template) => template.id === 'race-basic');
    const b2b = templates.find((template) => template.id === 'b2b-saas');
    expect([race?.stageCount, race?.layerCount, b2b?.stageCount, b2b?.hasExamples]).toEqual([5, 8, 6, true]);
    expect(stdout).toContain('5 этапов × 8 слоёв · охват, взаимодействие, конверсия, вовлечение\n');
    expect(stdout).toContain('6 этапов × 8 слоёв · охват, взаимодействие, конверсия, вовлечение · пример\n');
    expect(linesOf(stdout).at(-1)).toBe('Начать карту: cjm new ID [--examples] [--locale ru|en] > map.json');
    // No English word of the list's own is left (ids, commands and options aside).
    expect(stdout).not.toMatch(/\b(stages?|layers?|example|reach|act|convert|engage|Start)\b/u);
  });

  it('prints the list as JSON with --json', async () => {
    const { stdout } = await runCli(['templates', '--json', '--locale', 'ru']);
    expect(JSON.parse(stdout)).toEqual(listTemplates('ru'));
  });
});

describe('cjm new', () => {
  it('prints a template as a valid cjm/1 map', async () => {
    const { code, stdout, stderr } = await runCli(['new', 'b2b-saas', '--locale', 'ru']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toBe(serializeMap(createMapFromTemplate('b2b-saas', 'ru')));
    expect(parseMap(JSON.parse(stdout)).locale).toBe('ru');
  });

  it('fills in the worked example with --examples and takes --title', async () => {
    const { stdout } = await runCli(['new', 'b2b-saas', '--examples', '--title', 'Lumus', '--locale', 'en']);
    const map = parseMap(JSON.parse(stdout));
    expect(map).toEqual(createMapFromTemplate('b2b-saas', 'en', { examples: true, title: 'Lumus' }));
    expect(map.notes.length).toBeGreaterThan(0);
  });

  it('makes every listed template, and the result audits through stdin', async () => {
    for (const { id } of listTemplates('en')) {
      const created = await runCli(['new', id]);
      expect(created.code).toBe(0);
      const audited = await runCli(['audit', '-', '--format', 'json', '--exit-zero'], { stdin: created.stdout });
      expect(audited.code).toBe(0);
      const map = parseMap(JSON.parse(created.stdout));
      expect((JSON.parse(audited.stdout) as { findings: unknown }).findings).toEqual(audit(map));
    }
  });

  it('writes to --output', async () => {
    const { stdout, io } = await runCli(['new', 'race-basic', '-o', 'map.json']);
    expect(stdout).toBe('');
    expect(io.written.get('map.json')).toBe(serializeMap(createMapFromTemplate('race-basic', 'en')));
  });

  it('names the known templates for an unknown id, in one line, exit 2', async () => {
    const { code, stdout, stderr } = await runCli(['new', 'b2c']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`cjm new: unknown template 'b2c'; known: ${listTemplates('en').map((t) => t.id).join(', ')} (see 'cjm new --help')\n`);
  });

  it('says on stderr when --examples asks a template without a worked example, and prints the empty map', async () => {
    const bare = listTemplates('en').find((template) => !template.hasExamples);
    const rich = listTemplates('en').find((template) => template.hasExamples);
    if (!bare || !rich) throw new Error('the catalogue needs a template with and one without examples');
    const { code, stdout, stderr } = await runCli(['new', bare.id, '--examples', '--locale', 'en']);
    expect(code).toBe(0);
    expect(stderr).toBe(`cjm new: template '${bare.id}' has no worked example; printing the empty template\n`);
    expect(stdout).toBe((await runCli(['new', bare.id, '--locale', 'en'])).stdout);
    expect((await runCli(['new', rich.id, '--examples'])).stderr).toBe('');
  });
});
