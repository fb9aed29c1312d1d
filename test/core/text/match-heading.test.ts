import { describe, expect, it } from 'vitest';
import { LAYER_KINDS, LAYER_VOCABULARY } from '../../../core/model/vocabulary.ts';
import { PHASES, PHASE_INFO } from '../../../core/model/phases.ts';
import { matchLayerKind, matchPhase, normalizeHeading } from '../../../core/text/match-heading.ts';

describe('normalizeHeading', () => {
  it.each([
    ['Рекомендации (общие)', 'рекомендации'],
    ['💡 Ideas', 'ideas'],
    ['1. Цель этапа', 'цель этапа'],
    ['2) Мысли и ожидания:', 'мысли и ожидания'],
    ['1.2. KPI', 'kpi'],
    ['№3 Барьеры', 'барьеры'],
    ['1️⃣ Эмоции', 'эмоции'],
    ['Уровень удовлетворённости', 'уровень удовлетворенности'],
    ['ЁЛКИ', 'елки'],
    ['Touch-points', 'touch points'],
    ['  Likes / dislikes!!  ', 'likes dislikes'],
    ['Точки\u00a0контакта\n(онлайн) [SMM] {b2b}', 'точки контакта'],
    ['Це\u200bль', 'цель'],
    ['(Эмоции)', 'эмоции'],
    ['🙂', ''],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeHeading(input)).toBe(expected);
  });
});

describe('matchLayerKind', () => {
  it('matches every vocabulary heading and title in both languages', () => {
    for (const kind of LAYER_KINDS) {
      const info = LAYER_VOCABULARY[kind];
      for (const heading of [info.title.en, info.title.ru, ...info.headings.en, ...info.headings.ru]) {
        expect(matchLayerKind(heading), heading).toBe(kind);
        expect(matchLayerKind(heading.toUpperCase()), heading).toBe(kind);
      }
    }
  });

  it.each([
    ['Рекомендации (общие)', 'recommendations'],
    ['Рекомендации SMM', 'recommendations'],
    ['💡 Ideas', 'recommendations'],
    ['Touch-points', 'touchpoints'],
    ['TouchPoints', 'touchpoints'],
    ['Точки контакта онлайн', 'touchpoints'],
    ['KPI воронки', 'metrics'],
    ['1. Цель', 'goal'],
    ['Цели этапа', 'goal'],
    ['Эмоции клиента', 'emotions'],
    ['Customer emotions', 'emotions'],
    ['Ключевые барьеры', 'barriers'],
    ['Мысли и ожидания', 'expectations'],
    ['Мысли / ожидания', 'expectations'],
    ['Pains & gains', 'experience'],
    ['Likes/dislikes', 'experience'],
    ['Уровень удовлетворенности', 'emotions'],
    ['Конверсия', 'metrics'],
    ['Каналы коммуникации', 'channels'],
    ['Барьеры (почему не купит)', 'barriers'],
  ] as const)('reads %j as %s', (heading, kind) => {
    expect(matchLayerKind(heading)).toBe(kind);
  });

  it.each([
    ['Рекомендация', 'recommendations'],
    ['Рекомендация для SMM', 'recommendations'],
    ['Идея', 'recommendations'],
    ['Idea', 'recommendations'],
    ['Барьер', 'barriers'],
    ['Боль', 'barriers'],
    ['Точка касания', 'touchpoints'],
    ['Опыта', 'experience'],
  ] as const)('reads another form of a word, %j, as %s', (heading, kind) => {
    expect(matchLayerKind(heading)).toBe(kind);
  });

  it.each([
    ['Recomendations', 'recommendations'],
    ['Reccomendations', 'recommendations'],
    ['Recomendatons', 'recommendations'],
    ['Touchpionts', 'touchpoints'],
    ['Эмоцыи', 'emotions'],
    ['Ожиданя', 'expectations'],
    ['Дейсвтия', 'actions'],
    ['Barriesr', 'barriers'],
  ] as const)('tolerates the typo in %j (%s)', (heading, kind) => {
    expect(matchLayerKind(heading)).toBe(kind);
  });

  it.each([
    'Hello world',
    'Банан',
    'Поиск решения',
    'Выбор продукта',
    'Тестирование',
    'Игнорирование',
    'Оплата и последующие взаимодействия',
    'Contest rules',
    'Читает контент',
    'Goat',
    'Mod',
    'Цена',
    'Статья на vc.ru',
    '120 000',
    'constructor',
    '__proto__',
    '',
    '🙂',
    'Recommendations are written last, once the whole path of the customer is known to the team',
  ])('does not match %j', (text) => {
    expect(matchLayerKind(text)).toBeUndefined();
  });

  it('allows typos only up to the budget for the word length', () => {
    expect(matchLayerKind('Goax')).toBeUndefined(); // 4 letters: exact only
    expect(matchLayerKind('Mood')).toBe('emotions');
    expect(matchLayerKind('Moob')).toBeUndefined();
    expect(matchLayerKind('Recmmendatins')).toBe('recommendations'); // 2 typos in 15 letters
    expect(matchLayerKind('Rcmmendatins')).toBeUndefined(); // 3 typos
    expect(matchLayerKind('Emotoins')).toBe('emotions'); // a swap costs 1
  });

  it('does not combine a typo with qualifier words', () => {
    expect(matchLayerKind('Contnt plan')).toBeUndefined();
    expect(matchLayerKind('Content plan')).toBe('creatives');
  });

  it('allows at most three qualifier words', () => {
    expect(matchLayerKind('Рекомендации по сайту и сервису')).toBe('recommendations'); // "и" is not counted
    expect(matchLayerKind('Рекомендации по сайту сервису и PR отделу')).toBeUndefined();
  });

  it('is fast enough for a large board', () => {
    const texts = ['Поиск решения', 'Статья на vc.ru о скриптах продаж', 'Рекомендации SMM', 'Recomendations', '😞 тревога'];
    const started = performance.now();
    for (let i = 0; i < 20_000; i++) matchLayerKind(texts[i % texts.length] ?? '');
    expect(performance.now() - started).toBeLessThan(3000);
  });
});

describe('matchPhase', () => {
  it.each([
    ['REACH · Первичное осмысление', 'reach'],
    ['Конверсия (Convert)', 'convert'],
    ['Оценка и выбор (ACT)', 'act'],
    ['Опыт и лояльность (ENGAGE)', 'engage'],
    ['Plan', 'plan'],
    ['Act (interact)', 'act'],
    ['Конверсия', 'convert'],
    ['Сделка', 'convert'],
    ['Охват', 'reach'],
    ['Первичное осмысление', 'reach'],
    ['Взаимодействие', 'act'],
    ['Вовлечение', 'engage'],
    ['Удержание клиентов', 'engage'],
    ['Awareness', 'reach'],
    ['0. Планирование', 'plan'],
    ['ACT: оценка и выбор', 'act'],
    ['Стадия: ENGAGE', 'engage'],
  ] as const)('reads %j as %s', (text, phase) => {
    expect(matchPhase(text)).toBe(phase);
  });

  it('lets a capitalised English id win over other words', () => {
    expect(matchPhase('Охват (CONVERT)')).toBe('convert');
    expect(matchPhase('reach → CONVERT')).toBe('convert');
  });

  it('does not read ids inside other words', () => {
    expect(matchPhase('CONTACT')).toBeUndefined();
    expect(matchPhase('Contact')).toBeUndefined();
    expect(matchPhase('REACHED')).toBeUndefined();
  });

  it('takes the alias that comes first', () => {
    expect(matchPhase('Сделка и вовлечение')).toBe('convert');
  });

  it('matches every phase name and alias', () => {
    for (const phase of PHASES) {
      const info = PHASE_INFO[phase];
      for (const name of [info.name.en, info.name.ru, info.longName.ru, ...info.aliases]) expect(matchPhase(name), name).toBe(phase);
    }
  });

  it.each(['Поиск решения', 'Hello', '', 'Цель', 'Игнорирование'])('does not match %j', (text) => {
    expect(matchPhase(text)).toBeUndefined();
  });
});
