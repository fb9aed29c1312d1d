import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlToText, normalizePlainText, textToHtml } from '../../../core/text/html-to-text.ts';

describe('htmlToText', () => {
  it('turns paragraphs and <br> into line breaks', () => {
    expect(htmlToText('<p>Hello</p><p>world</p>')).toBe('Hello\nworld');
    expect(htmlToText('<p>a<br>b</p>')).toBe('a\nb');
    expect(htmlToText('<p>a<br/>b<br />c</p>')).toBe('a\nb\nc');
    expect(htmlToText('<P>a<BR>b</br>c</P>')).toBe('a\nb\nc');
    expect(htmlToText('line one<br>line two')).toBe('line one\nline two');
  });

  it('keeps empty paragraphs as empty lines, but a <br> that ends a block adds none', () => {
    expect(htmlToText('<p>a</p><p></p><p>b</p>')).toBe('a\n\nb');
    expect(htmlToText('<p>a</p><p><br></p><p>b</p>')).toBe('a\n\nb');
    expect(htmlToText('<p>a<br></p><p>b</p>')).toBe('a\nb');
    expect(htmlToText('<p>a<br><br></p><p>b</p>')).toBe('a\n\nb');
  });

  it('drops inline formatting and links but keeps their text', () => {
    expect(htmlToText('<p><strong>Цель</strong>: <em>найти</em> <u>скрипты</u> <s>старые</s> <b>b</b><i>i</i></p>')).toBe(
      'Цель: найти скрипты старые bi',
    );
    expect(htmlToText('<p>See <a href="https://vc.ru/a?b=1&amp;c=2" target="_blank">vc.ru</a></p>')).toBe('See vc.ru');
    expect(htmlToText('<p><span style="color:#ff0000">red</span> text</p>')).toBe('red text');
  });

  it('drops unknown tags but keeps their text', () => {
    expect(htmlToText('<foo>bar</foo>')).toBe('bar');
    expect(htmlToText('<p><mark>marked</mark> <custom-tag x="1">custom</custom-tag></p>')).toBe('marked custom');
  });

  it('puts list items on their own lines without markers, as innerText does', () => {
    expect(htmlToText('<ul><li>one</li><li>two</li></ul>')).toBe('one\ntwo');
    expect(htmlToText('<p>Барьеры:</p><ol><li>цена</li><li><b>риск</b></li></ol><p>end</p>')).toBe('Барьеры:\nцена\nриск\nend');
  });

  it('decodes named and numeric entities', () => {
    expect(htmlToText('<p>&amp; &lt; &gt; &quot; &#39; &#1055; &#x41f; &#X41F;</p>')).toBe('& < > " \' П П П');
    expect(htmlToText('<p>a&nbsp;b</p>')).toBe('a\u00a0b');
    expect(htmlToText('<p>&laquo;Lumus&raquo; &mdash; ok&hellip;</p>')).toBe('«Lumus» — ok…');
    expect(htmlToText('<p>&#128512;</p>')).toBe('😀');
  });

  it('leaves malformed or unknown entities as written', () => {
    expect(htmlToText('<p>AT&T &amp &unknown; &#; &#xZZ;</p>')).toBe('AT&T &amp &unknown; &#; &#xZZ;');
    expect(htmlToText('<p>&#0; &#xD800; &#x110000;</p>')).toBe('\ufffd \ufffd \ufffd');
    expect(htmlToText('<p>&constructor; &toString; &__proto__;</p>')).toBe('&constructor; &toString; &__proto__;');
  });

  it('does not collapse &nbsp; but collapses HTML whitespace', () => {
    expect(htmlToText('<p>  a \t\n  b  </p>\n  <p>c</p>')).toBe('a b\nc');
    expect(htmlToText('<p>a&nbsp;&nbsp;b</p>')).toBe('a\u00a0\u00a0b');
    expect(htmlToText('<p><b>a</b> <i>b</i></p>')).toBe('a b');
    expect(htmlToText('<p>a<b>b</b></p>')).toBe('ab');
  });

  it('leaves text that is not HTML intact', () => {
    expect(htmlToText('a < b')).toBe('a < b');
    expect(htmlToText('a<b')).toBe('a<b');
    expect(htmlToText('x <= y and y >= z')).toBe('x <= y and y >= z');
    expect(htmlToText('1<2 and 3>2')).toBe('1<2 and 3>2');
    expect(htmlToText('plain\ntext  here')).toBe('plain\ntext here');
    expect(htmlToText('Tom &amp; Jerry')).toBe('Tom & Jerry');
  });

  it('keeps a literal < inside HTML that starts no tag', () => {
    expect(htmlToText('<p>a < b</p><p>c <3</p>')).toBe('a < b\nc <3');
    expect(htmlToText('<p>cost <100 ₽</p>')).toBe('cost <100 ₽');
  });

  it('handles quoted > in attributes, comments, scripts and styles', () => {
    expect(htmlToText('<a href="x>y">link</a> end')).toBe('link end');
    expect(htmlToText('x<!-- a comment -->y')).toBe('xy');
    expect(htmlToText('<p>a</p><script>alert("<p>x</p>")</script><style>p{}</style><p>b</p>')).toBe('a\nb');
  });

  it('trims the whole text', () => {
    expect(htmlToText('<p></p><p>  x  </p><p><br></p>')).toBe('x');
    expect(htmlToText('')).toBe('');
    expect(htmlToText('   ')).toBe('');
  });

  it('reads nested blocks without extra blank lines', () => {
    expect(htmlToText('<div><p>a</p><p>b</p></div><div>c</div>')).toBe('a\nb\nc');
  });

  it('is linear on hostile input', () => {
    const inputs = ['<a "'.repeat(50_000), '<a'.repeat(100_000), '&#1'.repeat(70_000), `<p>${'<b x="'.repeat(30_000)}`, '<!--'.repeat(50_000), '<a>'.repeat(70_000)];
    const started = performance.now();
    for (const input of inputs) htmlToText(input);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('htmlToText on unterminated comments', () => {
  // Each `<!--` used to search the rest of the text for a `-->`: 100,000 of them took minutes.
  // Read linearly this is instant; the generous time limit is only there to stop a regression.
  it('reads a `<!--` with no `-->` after it as text, however many there are', () => {
    const count = 100_000;
    expect(htmlToText(`<p>${'<!--'.repeat(count)}</p>`)).toBe('<!--'.repeat(count));
  }, 10_000);

  it('still drops comments that end, before and after unterminated ones', () => {
    expect(htmlToText('<p>a<!-- gone -->b</p><p><!--c</p>')).toBe('ab\n<!--c');
    expect(htmlToText('<p><!-- one --><!-- two -->x</p><!--')).toBe('x\n<!--');
    expect(htmlToText('<p>x<!--<!-- nested -->y</p>')).toBe('xy');
  });
});

describe('textToHtml', () => {
  it('escapes markup and makes one paragraph per line', () => {
    expect(textToHtml('a & b <c> "d"')).toBe('<p>a &amp; b &lt;c&gt; &quot;d&quot;</p>');
    expect(textToHtml('one\ntwo')).toBe('<p>one</p><p>two</p>');
    expect(textToHtml('one\r\n\r\ntwo')).toBe('<p>one</p><p><br></p><p>two</p>');
  });

  it('round-trips through htmlToText up to normalizePlainText', () => {
    const unit = fc.constantFrom('a', 'Я', 'ё', ' ', '  ', '\t', '\n', '\r\n', '<', '>', '&', '"', "'", '&amp;', '<p>', '😀', '👩‍💻', '\u00a0', '•', '1', ';');
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit }), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })), (text) => {
        expect(htmlToText(textToHtml(text))).toBe(normalizePlainText(text));
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips normalized text exactly', () => {
    expect(htmlToText(textToHtml('Персона: Анна\n• <b>цена</b> & "риск" 😞'))).toBe('Персона: Анна\n• <b>цена</b> & "риск" 😞');
  });
});
