import { describe, expect, it } from 'vitest';
import { readSentiment } from '../../../core/model/index.ts';

describe('readSentiment', () => {
  it('takes the stored sentiment, even when the text says otherwise', () => {
    expect(readSentiment({ text: 'Расстроен', sentiment: 0 })).toBe(0);
    expect(readSentiment({ text: 'Happy', sentiment: -1 })).toBe(-1);
  });

  it('reads the text when nothing is stored, as in a hand-written cjm/1 map', () => {
    expect(readSentiment({ text: 'Расстроен: скрипты придётся менять' })).toBe(-1);
    expect(readSentiment({ text: 'relieved 🙂' })).toBe(1);
    expect(readSentiment({ text: 'Спокоен' })).toBe(0);
  });

  it('is undefined for a note that says nothing about feelings', () => {
    expect(readSentiment({ text: 'Читает отзывы' })).toBeUndefined();
    expect(readSentiment({ text: '' })).toBeUndefined();
  });
});
