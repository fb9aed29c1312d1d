import { describe, expect, it } from 'vitest';
import { stripControlChars } from '../../../core/text/control-chars.ts';

describe('stripControlChars', () => {
  it('removes terminal escapes, bells and backspaces but keeps the text', () => {
    expect(stripControlChars('T\u001b[2J\u001b[31mHACK\u0007\b')).toBe('T[2J[31mHACK');
    expect(stripControlChars('\u009b31m C1')).toBe('31m C1');
  });

  it('keeps tabs, line breaks, Cyrillic and emoji (surrogate pairs)', () => {
    expect(stripControlChars('Поиск\tрешения\r\n😟 тревога')).toBe('Поиск\tрешения\r\n😟 тревога');
  });

  it('turns a vertical tab or form feed into a line break and drops lone surrogates', () => {
    expect(stripControlChars('a\u000bb\u000cc')).toBe('a\nb\nc');
    expect(stripControlChars('x\ud83dy\ude1fz')).toBe('xyz');
  });
});
