import { describe, expect, it } from 'vitest';
import { InputError } from '../../core/errors.ts';
import type { Locale } from '../../core/i18n.ts';
import { LOCALES } from '../../core/i18n.ts';
import { CjmMapSchema } from '../../core/model/map.ts';
import { FUNNEL_PHASES, PHASES } from '../../core/model/phases.ts';
import { LAYER_VOCABULARY } from '../../core/model/vocabulary.ts';
import type { Template } from '../../core/templates/index.ts';
import { LAYER_PROMPTS, TEMPLATES, createMapFromTemplate, getLayerPrompt, getTemplate, listTemplates } from '../../core/templates/index.ts';

const CYRILLIC = /[\u0400-\u04ff]/u;

/** A `Localized` value anywhere in a template: an object whose keys are exactly the locales. */
function isLocalized(value: object): value is Record<Locale, unknown> {
  const keys = Object.keys(value).sort();
  return keys.length === LOCALES.length && [...LOCALES].sort().every((locale, i) => keys[i] === locale);
}

/** Every string under `value`, however deep (a localized persona holds arrays). */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

/**
 * Every localized text of a template, found by walking the data rather than by listing fields,
 * so that a text added later (a new kind of prompt, an example) is checked too.
 */
function localizedTexts(value: unknown, path = ''): { path: string; locale: Locale; text: string }[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => localizedTexts(item, `${path}[${i}]`));
  if (!value || typeof value !== 'object') return [];
  if (isLocalized(value)) {
    return LOCALES.flatMap((locale) => stringsIn(value[locale]).map((text) => ({ path, locale, text })));
  }
  return Object.entries(value).flatMap(([key, child]) => localizedTexts(child, `${path}.${key}`));
}

/** The number a metric note shows after its colon: "Клиентов: 10 000", "Customers: 10,000". */
function numberInText(text: string): number {
  const digits = text.slice(text.lastIndexOf(':') + 1).replace(/[\s,\u00a0\u202f]/gu, '');
  return Number(digits);
}

function duplicates(values: readonly string[]): string[] {
  return values.filter((value, i) => values.indexOf(value) !== i);
}

function layerKindOf(template: Template, layerId: string) {
  return template.layers.find((layer) => layer.id === layerId)?.kind;
}

const ids = TEMPLATES.map((t) => t.id);

describe('template catalogue', () => {
  it('has the six agreed templates with unique ids', () => {
    expect(ids).toEqual(expect.arrayContaining(['race-basic', 'b2b-saas', 'ecommerce', 'o2o-retail', 'clinic', 'loyalty']));
    expect(duplicates(ids)).toEqual([]);
  });

  it('finds templates by id and nothing else', () => {
    for (const template of TEMPLATES) expect(getTemplate(template.id)).toBe(template);
    expect(getTemplate('nope')).toBeUndefined();
    expect(getTemplate('')).toBeUndefined();
  });
});

describe.each(TEMPLATES.map((t) => [t.id, t] as const))('template %s', (_id, template) => {
  it('has unique stage and layer ids in the s…/l… form', () => {
    const stageIds = template.stages.map((s) => s.id);
    const layerIds = template.layers.map((l) => l.id);
    expect(duplicates(stageIds)).toEqual([]);
    expect(duplicates(layerIds)).toEqual([]);
    for (const id of stageIds) expect(id).toMatch(/^s\d+$/u);
    for (const id of layerIds) expect(id).toMatch(/^l\d+$/u);
  });

  it('tags every stage with a phase, in funnel order, covering the whole RACE funnel', () => {
    const order = template.stages.map((s) => PHASES.indexOf(s.phase));
    expect(order.every((index) => index >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    const used = new Set(template.stages.map((s) => s.phase));
    expect(FUNNEL_PHASES.filter((phase) => !used.has(phase))).toEqual([]);
  });

  it('has a required touchpoints layer and a required recommendations layer', () => {
    const required = template.layers.filter((l) => l.required).map((l) => l.kind);
    expect(required).toContain('touchpoints');
    expect(required).toContain('recommendations');
  });

  it('has non-empty text in both locales, Cyrillic in Russian and none in English', () => {
    // Layer prompts as the template asks them, defaults included, so that they are checked too.
    const asked = { ...template, layers: template.layers.map((l) => ({ ...l, prompt: { ru: getLayerPrompt(l, 'ru'), en: getLayerPrompt(l, 'en') } })) };
    const texts = localizedTexts(asked);
    // Names, descriptions, stage names and layer prompts at least: the walker did find the data.
    expect(texts.length).toBeGreaterThanOrEqual(2 * (2 + template.stages.length + template.layers.length));
    for (const { path, locale, text } of texts) {
      const where = `${template.id}${path} (${locale}): "${text}"`;
      expect(text.trim(), where).not.toBe('');
      expect(CYRILLIC.test(text), where).toBe(locale === 'ru');
    }
  });

  it('points its cell prompts and example notes at its own stages and layers', () => {
    const stageIds = new Set(template.stages.map((s) => s.id));
    const layerIds = new Set(template.layers.map((l) => l.id));
    const cells = [...(template.prompts ?? []), ...(template.examples?.notes ?? [])];
    for (const cell of cells) {
      expect(stageIds.has(cell.stage), `stage ${cell.stage}`).toBe(true);
      expect(layerIds.has(cell.layer), `layer ${cell.layer}`).toBe(true);
    }
  });

  it('gives sentiments to emotion notes only and values to metric notes only, matching the text', () => {
    for (const note of template.examples?.notes ?? []) {
      const kind = layerKindOf(template, note.layer);
      if (note.sentiment !== undefined) expect(kind).toBe('emotions');
      if (kind === 'emotions') expect(note.sentiment).toBeDefined();
      if (note.value !== undefined) {
        expect(kind).toBe('metrics');
        for (const locale of LOCALES) expect(numberInText(note.text[locale])).toBe(note.value);
      }
    }
  });

  it.each(LOCALES)('creates a valid cjm/1 map in %s', (locale) => {
    for (const examples of [false, true]) {
      const map = createMapFromTemplate(template.id, locale, { examples });
      expect(CjmMapSchema.parse(map)).toEqual(map);
      expect(map.schema).toBe('cjm/1');
      expect(map.locale).toBe(locale);
      expect(map.title).toBe(template.name[locale]);
      expect(map.orphans).toEqual([]);
      expect(map.stages.map((s) => s.id)).toEqual(template.stages.map((s) => s.id));
      expect(map.stages.every((s) => s.phase !== undefined)).toBe(true);
      expect(map.layers.map((l) => [l.id, l.kind, l.required])).toEqual(
        template.layers.map((l) => [l.id, l.kind, l.required]),
      );
      expect(map.notes).toHaveLength(examples ? (template.examples?.notes.length ?? 0) : 0);
      const names = map.stages.map((s) => s.name).join(' ');
      expect(CYRILLIC.test(names)).toBe(locale === 'ru');
    }
  });

  it('asks the question of the layer kind unless the template asks its own, never repeating it', () => {
    for (const layer of template.layers) {
      // An explicit prompt equal to the kind's would be the repetition `getLayerPrompt` exists to avoid.
      expect(layer.prompt, `${template.id} ${layer.id}`).not.toEqual(LAYER_PROMPTS[layer.kind]);
      for (const locale of LOCALES) expect(getLayerPrompt(layer, locale)).toBe((layer.prompt ?? LAYER_PROMPTS[layer.kind])[locale]);
    }
  });

  it('titles layers from the vocabulary unless the template names them', () => {
    for (const locale of LOCALES) {
      const map = createMapFromTemplate(template.id, locale);
      template.layers.forEach((layer, i) => {
        const expected = (layer.title ?? LAYER_VOCABULARY[layer.kind].title)[locale];
        expect(map.layers[i]?.title).toBe(expected);
      });
    }
  });
});

describe('getLayerPrompt', () => {
  it('defaults to the kind’s question and keeps a template’s own', () => {
    expect(getLayerPrompt({ kind: 'touchpoints' }, 'en')).toBe(LAYER_PROMPTS.touchpoints.en);
    const smm = getTemplate('b2b-saas')!.layers.find((l) => l.title?.en === 'SMM recommendations')!;
    expect(getLayerPrompt(smm, 'ru')).toBe('Чем помогут соцсети: удерживающий контент, реклама, инфлюенсеры?');
    const metrics = getTemplate('o2o-retail')!.layers.find((l) => l.kind === 'metrics')!;
    expect(getLayerPrompt(metrics, 'en')).toBe('How many purchases did customers with a card from social media make?');
    const goal = getTemplate('race-basic')!.layers.find((l) => l.kind === 'goal')!;
    expect(getLayerPrompt(goal, 'ru')).toBe('Чего клиент хочет добиться на этом этапе?');
  });
});

describe('createMapFromTemplate', () => {
  it('leaves notes empty by default and fills the worked example on request', () => {
    expect(createMapFromTemplate('b2b-saas', 'ru').notes).toEqual([]);
    expect(createMapFromTemplate('b2b-saas', 'ru').persona).toBeUndefined();
    const example = createMapFromTemplate('b2b-saas', 'ru', { examples: true });
    expect(example.persona?.name).toBe('Руководитель отдела продаж');
    expect(example.notes.length).toBeGreaterThan(0);
  });

  it('gives an empty note list for a template without examples even when asked', () => {
    const bare = TEMPLATES.find((t) => !t.examples);
    expect(bare).toBeDefined();
    if (bare) expect(createMapFromTemplate(bare.id, 'en', { examples: true }).notes).toEqual([]);
  });

  it('uses the given title and falls back to the template name when it is blank', () => {
    expect(createMapFromTemplate('clinic', 'en', { title: 'Dr K., 2024' }).title).toBe('Dr K., 2024');
    expect(createMapFromTemplate('clinic', 'en', { title: '   ' }).title).toBe('Clinic and long-consideration services');
  });

  it('omits the lane of stages that do not branch', () => {
    const map = createMapFromTemplate('race-basic', 'en');
    expect(map.stages.every((s) => !('lane' in s))).toBe(true);
  });

  it('is deterministic and returns fresh objects the caller may edit', () => {
    const first = createMapFromTemplate('b2b-saas', 'en', { examples: true });
    expect(createMapFromTemplate('b2b-saas', 'en', { examples: true })).toEqual(first);
    first.stages[0]!.name = 'edited';
    first.persona!.drivers.push('edited');
    first.notes.length = 0;
    const again = createMapFromTemplate('b2b-saas', 'en', { examples: true });
    expect(again.stages[0]?.name).toBe('Ignoring');
    expect(again.persona?.drivers).not.toContain('edited');
    expect(again.notes.length).toBeGreaterThan(0);
  });

  it('throws an InputError naming every known template for an unknown id', () => {
    expect(() => createMapFromTemplate('b2c-saas', 'en')).toThrow(InputError);
    expect(() => createMapFromTemplate('b2c-saas', 'en')).toThrow(
      `unknown template "b2c-saas"; known: ${ids.join(', ')}`,
    );
  });
});

describe('the worked examples', () => {
  it('b2b-saas follows the Lumus path of docs/domain.md in both languages', () => {
    const template = getTemplate('b2b-saas')!;
    expect(template.stages.map((s) => s.name.ru)).toEqual([
      'Игнорирование',
      'Поиск решения',
      'Выбор продукта',
      'Тестирование',
      'Оплата',
      'Последующие взаимодействия',
    ]);
    expect(template.stages.map((s) => s.phase)).toEqual(['reach', 'reach', 'act', 'act', 'convert', 'engage']);
    const recommendations = template.layers.filter((l) => l.kind === 'recommendations');
    expect(recommendations.map((l) => l.title?.ru)).toEqual(['Рекомендации (общие)', 'Рекомендации SMM']);
    expect(recommendations.map((l) => l.title?.en)).toEqual(['Recommendations (general)', 'SMM recommendations']);
  });

  it('b2b-saas has the four search-stage touchpoints and rated emotions', () => {
    const map = createMapFromTemplate('b2b-saas', 'ru', { examples: true });
    const search = map.stages.find((s) => s.name === 'Поиск решения')!.id;
    const kindOf = (layerId: string) => map.layers.find((l) => l.id === layerId)?.kind;
    const at = (kind: string) => map.notes.filter((n) => n.stage === search && kindOf(n.layer) === kind);
    expect(at('touchpoints').map((n) => n.text)).toEqual([
      'Статья на vc.ru',
      'Подробный пост в соцсетях',
      'Рекомендации на форумах',
      'Рассылка об улучшении работы отдела продаж',
    ]);
    expect(at('emotions').map((n) => n.sentiment)).toEqual([0, -1]);
    expect(at('recommendations').length).toBeGreaterThan(0);
  });

  it('loyalty metrics decline down the funnel, one per stage', () => {
    const map = createMapFromTemplate('loyalty', 'ru', { examples: true });
    const metrics = map.layers.find((l) => l.kind === 'metrics')!;
    expect(metrics.required).toBe(true);
    const values = map.stages.map((stage) =>
      map.notes.find((n) => n.stage === stage.id && n.layer === metrics.id)?.value,
    );
    expect(values.every((v) => v !== undefined)).toBe(true);
    const numbers = values as number[];
    expect(numbers.every((v, i) => i === 0 || v < numbers[i - 1]!)).toBe(true);
    expect(map.notes.find((n) => n.value === numbers[0])?.text).toBe('Клиентов: 10 000');
  });
});

describe('branches and special stages', () => {
  it('o2o-retail draws the purchase as two parallel lanes of one stage name', () => {
    for (const locale of LOCALES) {
      const map = createMapFromTemplate('o2o-retail', locale);
      const laned = map.stages.filter((s) => s.lane !== undefined);
      expect(laned.map((s) => s.lane)).toEqual(locale === 'ru' ? ['Онлайн', 'Офлайн'] : ['Online', 'Offline']);
      expect(new Set(laned.map((s) => s.name)).size).toBe(1);
      expect(new Set(laned.map((s) => s.id)).size).toBe(2);
      expect(new Set(laned.map((s) => s.phase))).toEqual(new Set(['convert']));
    }
  });

  it('ecommerce has an abandoned-cart stage, a nudge creatives layer and a metrics layer', () => {
    const template = getTemplate('ecommerce')!;
    const cart = template.stages.find((s) => s.name.ru === 'Брошенная корзина');
    expect(cart?.name.en).toBe('Abandoned cart');
    expect(template.layers.map((l) => l.kind)).toEqual(expect.arrayContaining(['creatives', 'metrics']));
    const creatives = template.layers.find((l) => l.kind === 'creatives')!;
    expect(template.prompts?.some((p) => p.stage === cart?.id && p.layer === creatives.id)).toBe(true);
  });
});

describe('listTemplates', () => {
  it.each(LOCALES)('summarises every template in one call, in %s', (locale) => {
    const list = listTemplates(locale);
    expect(list.map((s) => s.id)).toEqual(ids);
    for (const summary of list) {
      const template = getTemplate(summary.id)!;
      expect(summary.name).toBe(template.name[locale]);
      expect(summary.description).toBe(template.description[locale]);
      expect(CYRILLIC.test(summary.name + summary.description)).toBe(locale === 'ru');
      expect(summary.stageCount).toBe(template.stages.length);
      expect(summary.layerCount).toBe(template.layers.length);
      expect(summary.hasExamples).toBe(Boolean(template.examples?.notes.length));
    }
  });

  it('lists each phase once, in funnel order', () => {
    const clinic = listTemplates('en').find((s) => s.id === 'clinic')!;
    // clinic has three convert stages and two reach stages.
    expect(clinic.phases).toEqual(['reach', 'act', 'convert', 'engage']);
  });
});
