import { describe, expect, it } from 'vitest';
import { parseSentiment } from '../../../core/text/sentiment.ts';

describe('parseSentiment', () => {
  it.each(['😀', '🙂', '😊', '👍', '😍', '🤩', '☺️', '👍🏽'])('reads %s as positive', (emoji) => {
    expect(parseSentiment(emoji)).toBe(1);
  });

  it.each(['😐', '🤔', '😶'])('reads %s as neutral', (emoji) => {
    expect(parseSentiment(emoji)).toBe(0);
  });

  it.each(['😞', '😟', '😠', '😡', '😢', '😩', '😤', '👎', '😰', '☹️', '😵', '😵‍💫', '🤯'])('reads %s as negative', (emoji) => {
    expect(parseSentiment(emoji)).toBe(-1);
  });

  it.each([
    'тревога', 'Тревожно', 'тревожится', 'сомнения', 'Сомневается в цене', 'раздражение', 'Раздражён', 'разочарование',
    'Разочарован', 'страх', 'Страшно', 'злость', 'Злится', 'зол', 'недоверие', 'Не доверяет', 'расстроен', 'Расстроена',
    'Расстроен: скрипты придётся менять', 'frustrated', 'Frustration', 'nervous', 'anxious', 'anxiety', 'annoyed', 'confused',
    'angry', 'disappointed', 'Worried about the price', 'Путается в комплектациях', 'Запутался в тарифах', 'Перепутала даты',
    'Теряется среди вариантов', 'Сбит с толку ценой',
  ])('reads %j as negative', (text) => {
    expect(parseSentiment(text)).toBe(-1);
  });

  it.each([
    'радость', 'Радуется', 'доволен', 'Довольна', 'уверенность', 'Уверен в выборе', 'интерес', 'Интересно', 'восторг',
    'В восторге', 'happy', 'excited', 'Excitement', 'confident', 'satisfied', 'relieved', 'Облегчение',
  ])('reads %j as positive', (text) => {
    expect(parseSentiment(text)).toBe(1);
  });

  it.each(['нейтрально', 'Нейтральное', 'спокойно', 'Спокоен', 'neutral', 'calm', 'Neutral 😐'])('reads %j as neutral', (text) => {
    expect(parseSentiment(text)).toBe(0);
  });

  it('flips a negated word', () => {
    expect(parseSentiment('не доволен')).toBe(-1);
    expect(parseSentiment('Не очень доволен')).toBe(-1);
    expect(parseSentiment('not happy')).toBe(-1);
    expect(parseSentiment("isn't happy")).toBe(-1);
    expect(parseSentiment('not really satisfied')).toBe(-1);
    expect(parseSentiment('не страшно')).toBe(1);
    expect(parseSentiment('нет тревоги')).toBe(1);
    expect(parseSentiment('без сомнений')).toBe(1);
    expect(parseSentiment('not bad')).toBe(1);
    expect(parseSentiment('не спокоен')).toBe(-1);
  });

  it('flips a word with a negating prefix', () => {
    expect(parseSentiment('неуверенность')).toBe(-1);
    expect(parseSentiment('Недоволен')).toBe(-1);
    expect(parseSentiment('неплохо')).toBe(1);
    expect(parseSentiment('неспокойно')).toBe(-1);
    expect(parseSentiment('unhappy')).toBe(-1);
    expect(parseSentiment('dissatisfied')).toBe(-1);
  });

  it('reads negated understanding and liking as negative, but not their plain forms', () => {
    expect(parseSentiment('Не понимает, что выбрать')).toBe(-1);
    expect(parseSentiment('непонятно')).toBe(-1);
    expect(parseSentiment('not sure')).toBe(-1);
    expect(parseSentiment("don't like the price")).toBe(-1);
    expect(parseSentiment('Понимает, что нужны скрипты')).toBeUndefined();
    expect(parseSentiment('would like a demo')).toBeUndefined();
  });

  it('ends a negation at a clause break', () => {
    expect(parseSentiment('Не знает цен, радость от скидки')).toBe(0); // negated understanding and joy: a tie
    expect(parseSentiment('Цена не та. Доволен сервисом')).toBe(1);
  });

  it('lets the side with more votes win', () => {
    expect(parseSentiment('excited but nervous and anxious')).toBe(-1);
    expect(parseSentiment('😍🤩 but 😡')).toBe(1);
    expect(parseSentiment('Спокойно, но есть сомнения')).toBe(-1);
  });

  it('reads a tie between positive and negative as neutral', () => {
    expect(parseSentiment('радость и тревога')).toBe(0);
    expect(parseSentiment('😀😞')).toBe(0);
  });

  it('reads a note that is only a sign', () => {
    expect(parseSentiment('+')).toBe(1);
    expect(parseSentiment(' -1 ')).toBe(-1);
    expect(parseSentiment('−')).toBe(-1);
    expect(parseSentiment('0')).toBe(0);
    expect(parseSentiment('±')).toBe(0);
  });

  it('does not take words that only begin like feelings', () => {
    expect(parseSentiment('Страховка')).toBeUndefined();
    expect(parseSentiment('больше клиентов')).toBeUndefined();
    expect(parseSentiment('Painting the office')).toBeUndefined();
  });

  it('returns undefined for a note with no feeling', () => {
    expect(parseSentiment('Читает статью на vc.ru')).toBeUndefined();
    expect(parseSentiment('')).toBeUndefined();
    expect(parseSentiment('120 000')).toBeUndefined();
    expect(parseSentiment('constructor')).toBeUndefined();
    expect(parseSentiment('__proto__')).toBeUndefined();
  });
});
