import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Persona } from '../../../core/model/map.ts';
import { formatPersonaText, parsePersonaText, PERSONA_HEADINGS } from '../../../core/text/persona-text.ts';

const lumus: Persona = {
  name: 'Руководитель отдела продаж',
  motives: ['выполнить KPI', 'получить аналитику скриптов'],
  scenarios: ['пишет скрипты для новых менеджеров'],
  drivers: ['пробный период', 'интеграция с CRM'],
  barriers: ['цена'],
};

describe('formatPersonaText', () => {
  it('writes the block the planner draws, in Russian', () => {
    expect(formatPersonaText(lumus, 'ru')).toBe(
      [
        'Персона: Руководитель отдела продаж',
        'Мотивы:',
        '• выполнить KPI',
        '• получить аналитику скриптов',
        'Сценарии:',
        '• пишет скрипты для новых менеджеров',
        'Драйверы:',
        '• пробный период',
        '• интеграция с CRM',
        'Барьеры:',
        '• цена',
      ].join('\n'),
    );
  });

  it('writes English headings and keeps empty sections visible', () => {
    expect(formatPersonaText({ name: 'Head of sales', motives: [], scenarios: [], drivers: [], barriers: ['price'] }, 'en')).toBe(
      'Persona: Head of sales\nMotives:\nScenarios:\nDrivers:\nBarriers:\n• price',
    );
  });

  it('keeps the block structure when a string has line breaks or is empty', () => {
    const text = formatPersonaText({ name: 'Анна\nРОП', motives: ['a\r\nb', ''], scenarios: [], drivers: [], barriers: [] }, 'ru');
    expect(text).toBe('Персона: Анна РОП\nМотивы:\n• a b\nСценарии:\nДрайверы:\nБарьеры:');
    expect(parsePersonaText(text)).toEqual({ name: 'Анна РОП', motives: ['a b'], scenarios: [], drivers: [], barriers: [] });
  });
});

describe('parsePersonaText', () => {
  it('reads the formatted block in both languages', () => {
    expect(parsePersonaText(formatPersonaText(lumus, 'ru'))).toEqual(lumus);
    expect(parsePersonaText(formatPersonaText(lumus, 'en'))).toEqual(lumus);
  });

  it('reads a hand-made Russian block', () => {
    const text = ['Портрет клиента', 'Иван, 35 лет, РОП', '', 'Барьеры:', '- цена', '- риск внедрения', 'Мотивы: выполнить план; получить бонус'].join('\n');
    expect(parsePersonaText(text)).toEqual({
      name: 'Иван, 35 лет, РОП',
      motives: ['выполнить план', 'получить бонус'],
      scenarios: [],
      drivers: [],
      barriers: ['цена', 'риск внедрения'],
    });
  });

  it('reads a hand-made English block', () => {
    const text = 'Persona — Head of Sales\r\nBarriers:\r\n* price\r\nMotives:\r\n1. hit the KPI\r\n2) keep the team\r\nDrivers - trial; CRM integration';
    expect(parsePersonaText(text)).toEqual({
      name: 'Head of Sales',
      motives: ['hit the KPI', 'keep the team'],
      scenarios: [],
      drivers: ['trial', 'CRM integration'],
      barriers: ['price'],
    });
  });

  it('reads headings with emoji, qualifiers and other names', () => {
    const text = '👤 Персона: Анна\n🎯 Мотивация:\n• расти\nБарьеры (почему не купит):\n• дорого\nБоли:\n• долго\nUse cases:\n• demo';
    expect(parsePersonaText(text)).toEqual({ name: 'Анна', motives: ['расти'], scenarios: ['demo'], drivers: [], barriers: ['дорого', 'долго'] });
  });

  it('reads a block without a persona header when it has two sections', () => {
    expect(parsePersonaText('Мотивы: a\nБарьеры: b')).toEqual({ name: '', motives: ['a'], scenarios: [], drivers: [], barriers: ['b'] });
    expect(parsePersonaText('Анна\nМотивы:\n• a\nДрайверы:\n• b')).toEqual({ name: 'Анна', motives: ['a'], scenarios: [], drivers: ['b'], barriers: [] });
  });

  it('reads a header alone as a persona with empty sections', () => {
    expect(parsePersonaText('Persona: Anna')).toEqual({ name: 'Anna', motives: [], scenarios: [], drivers: [], barriers: [] });
  });

  it('returns undefined for text that is not a persona', () => {
    expect(parsePersonaText('Просто заметка')).toBeUndefined();
    expect(parsePersonaText('Мотивы: только один раздел')).toBeUndefined();
    expect(parsePersonaText('Мотивы покупки понятны\nБарьеров нет')).toBeUndefined();
    expect(parsePersonaText('')).toBeUndefined();
  });

  it('keeps items that look like bullets or headings when they are bulleted', () => {
    const tricky: Persona = { name: 'Мотивы: x', motives: ['- dash', '• bullet', '1) one'], scenarios: ['Барьеры:'], drivers: ['a; b'], barriers: [] };
    expect(parsePersonaText(formatPersonaText(tricky, 'ru'))).toEqual(tricky);
  });

  it('round-trips any persona whose strings are trimmed single lines', () => {
    const unit = fc.constantFrom('a', 'Я', 'ё', ' ', '<', '>', '&', '"', ':', ';', '-', '•', '—', '1', '.', ')', '😀', '👩‍💻', 'Мотивы', 'Persona');
    const line = fc
      .oneof(fc.string({ unit, minLength: 1 }), fc.string({ unit: 'grapheme', minLength: 1 }))
      .map((text) => text.replace(/[\r\n]/g, ' ').trim())
      .filter((text) => text !== '');
    const persona = fc.record({
      name: line,
      motives: fc.array(line, { maxLength: 4 }),
      scenarios: fc.array(line, { maxLength: 4 }),
      drivers: fc.array(line, { maxLength: 4 }),
      barriers: fc.array(line, { maxLength: 4 }),
    });
    fc.assert(
      fc.property(persona, fc.constantFrom('ru' as const, 'en' as const), (p, locale) => {
        expect(parsePersonaText(formatPersonaText(p, locale))).toEqual(p);
      }),
      { numRuns: 500 },
    );
  });
});

describe('parsePersonaText: lines no field holds', () => {
  it('hands back the lines it ignores (under the name, before any section), and none of a formatted persona', () => {
    const ignored: string[] = [];
    const persona = parsePersonaText('Персона: Ольга, 32 года\nМенеджер проектов\nХочет свободно говорить\nБарьеры: нет времени', ignored);
    expect(persona?.name).toBe('Ольга, 32 года');
    expect(persona?.barriers).toEqual(['нет времени']);
    expect(ignored).toEqual(['Менеджер проектов', 'Хочет свободно говорить']);
    const none: string[] = [];
    parsePersonaText(formatPersonaText({ name: 'Анна', motives: ['a'], scenarios: [], drivers: ['b'], barriers: [] }, 'ru'), none);
    expect(none).toEqual([]);
  });
});

describe('PERSONA_HEADINGS', () => {
  it('opens a persona block with every heading it lists', () => {
    for (const heading of PERSONA_HEADINGS) expect(parsePersonaText(`${heading}: Анна`)?.name, heading).toBe('Анна');
  });
});
