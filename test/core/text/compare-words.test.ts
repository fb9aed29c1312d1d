import { describe, expect, it } from 'vitest';
import { compareWords, isWordForm, typoBudget } from '../../../core/text/compare-words.ts';

describe('isWordForm', () => {
  it('accepts Russian endings on a shared stem', () => {
    expect(isWordForm('рекомендация', 'рекомендации')).toBe(true);
    expect(isWordForm('идея', 'идеи')).toBe(true);
    expect(isWordForm('опыта', 'опыт')).toBe(true);
    expect(isWordForm('контактов', 'контакта')).toBe(true);
  });

  it('rejects Russian words that share less than a stem', () => {
    expect(isWordForm('цена', 'цель')).toBe(false);
    expect(isWordForm('контент', 'контекст')).toBe(false);
  });

  it('accepts only a plural s/es in English', () => {
    expect(isWordForm('idea', 'ideas')).toBe(true);
    expect(isWordForm('touch', 'touches')).toBe(true);
    expect(isWordForm('content', 'contest')).toBe(false);
  });
});

describe('compareWords', () => {
  it('grades exact words, word forms and typos', () => {
    expect(compareWords('цель', 'цель', false)).toBe(0);
    expect(compareWords('цели', 'цель', false)).toBe(1);
    expect(compareWords('recomendations', 'recommendations', true)).toBe(1);
    expect(compareWords('recomendations', 'recommendations', false)).toBeUndefined();
    expect(compareWords('goat', 'goal', true)).toBeUndefined();
  });

  it('budgets typos by the length of the known word', () => {
    expect(typoBudget('goal')).toBe(0);
    expect(typoBudget('ideas')).toBe(1);
    expect(typoBudget('emotional')).toBe(2);
  });
});
