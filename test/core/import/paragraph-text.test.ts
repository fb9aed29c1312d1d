import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainParagraphText } from '../../../core/import/paragraph-text.ts';
import { htmlToText } from '../../../core/text/html-to-text.ts';

/** Characters that make HTML text special, or that trimming and collapsing touch. */
const TRICKY = ['<', '>', '&', 'amp;', '&lt;', ' ', '  ', '\t', '\n', '\r', '\f', '\v', '\u00a0', '\u2003', '\u2028', '\ufeff', '\u0000', '\u007f', 'p>', '</p>', '<br>', '😞', 'ё', '"', "'", 'a', 'Z', '1'];

describe('plainParagraphText', () => {
  it('reads one plain paragraph as htmlToText does', () => {
    for (const text of ['Calls support 19763', 'Цена 😞', 'a', 'x\u00a0y', '"quoted" it\'s', 'a b c']) {
      expect(plainParagraphText(`<p>${text}</p>`)).toBe(text);
      expect(htmlToText(`<p>${text}</p>`)).toBe(text);
    }
  });

  it('leaves to htmlToText whatever it would change', () => {
    for (const html of ['<p> a</p>', '<p>a </p>', '<p>a  b</p>', '<p>a\nb</p>', '<p>a &amp; b</p>', '<p>a<br>b</p>', '<p>a</p><p>b</p>', '<p></p>', 'plain', '<p>\u00a0a</p>', '<p>a\u2028</p>', '<p>a > b</p>']) {
      expect(plainParagraphText(html), html).toBeUndefined();
    }
  });

  it('never gives a text htmlToText would not give', () => {
    const inner = fc.array(fc.oneof(fc.constantFrom(...TRICKY), fc.string({ maxLength: 3 })), { maxLength: 12 }).map((parts) => parts.join(''));
    const html = fc.oneof(inner.map((text) => `<p>${text}</p>`), inner);
    fc.assert(
      fc.property(html, (source) => {
        const fast = plainParagraphText(source);
        if (fast !== undefined) expect(fast).toBe(htmlToText(source));
      }),
      { numRuns: 2000, seed: 20_261_201 },
    );
    // Most plain paragraphs take the fast way.
    let fast = 0;
    fc.assert(fc.property(fc.stringMatching(/^[A-Za-zА-я0-9]+( [A-Za-zА-я0-9]+)*$/u), (text) => void (plainParagraphText(`<p>${text}</p>`) === text && fast++)), { numRuns: 200, seed: 7 });
    expect(fast).toBe(200);
  });
});
