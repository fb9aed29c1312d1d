/**
 * Miro content HTML ⇄ plain text.
 *
 * Miro returns item content as an HTML fragment (`<p>`, `<br>`, `<strong>`, `<a>`…, docs/miro-web-sdk.md)
 * and core may not use a DOM parser, so this is a small hand-written scanner. It walks the input
 * once and never backtracks more than a bounded amount, because boards carry 100k items and a
 * regex that backtracks on a stray `<` would freeze the reader.
 *
 * The result follows what a browser's `innerText` shows for Miro's subset of HTML:
 * - every paragraph-like block (`<p>`, `<div>`, `<li>`, `<h1>`…) is a line, `<br>` breaks a line,
 *   a `<br>` that ends a block adds no extra line (`<p><br></p>` is one empty line);
 * - other tags are dropped and their text kept; list items get no bullet (as in `innerText`);
 * - runs of HTML whitespace (space, tab, CR, LF, FF) collapse to one space and vanish at line
 *   ends; `&nbsp;` stays a no-break space (U+00A0) because HTML does not collapse it;
 * - `<script>` and `<style>` lose their content, comments are dropped;
 * - the whole result is trimmed.
 *
 * Text with no tag at all is treated as plain text, not HTML: its line breaks are kept and a
 * literal `<` ("a < b", "a<b") stays. Entities are decoded in both cases.
 */

/**
 * Named entities we decode; the rest stay as written (Miro only emits the first five).
 * A Map, not an object, so `&constructor;` finds nothing on the prototype.
 */
const NAMED_ENTITIES: ReadonlyMap<string, string> = new Map(Object.entries({
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  laquo: '«',
  raquo: '»',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  bull: '•',
  middot: '·',
  times: '×',
  minus: '−',
  deg: '°',
  copy: '©',
  reg: '®',
  trade: '™',
  euro: '€',
  shy: '\u00ad',
  thinsp: '\u2009',
  ensp: '\u2002',
  emsp: '\u2003',
  zwj: '\u200d',
  zwnj: '\u200c',
}));

/** Blocks that are a line of their own: opening one starts a line, closing it ends the line. */
const LINE_BLOCKS = new Set([
  'p', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'blockquote', 'tr', 'dt', 'dd',
  'caption', 'figcaption', 'address', 'summary', 'legend',
]);

/** Containers of blocks: they separate lines but are not a line themselves (`<ul><li>…`). */
const CONTAINER_BLOCKS = new Set([
  'ul', 'ol', 'dl', 'table', 'thead', 'tbody', 'tfoot', 'section', 'article', 'header', 'footer',
  'nav', 'aside', 'main', 'figure', 'form', 'fieldset', 'details', 'body', 'html', 'hr',
]);

/** Elements whose content is not text. */
const RAW_TEXT = new Set(['script', 'style']);

/** True for the characters HTML collapses: space, tab, LF, FF, CR. */
function isHtmlSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d;
}

/** True for an ASCII letter. */
function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** True for a character allowed in a tag name after its first letter. */
function isTagNameChar(code: number): boolean {
  return isAsciiLetter(code) || (code >= 0x30 && code <= 0x39) || code === 0x2d || code === 0x3a || code === 0x5f;
}

/** A code point for a numeric reference; invalid ones become U+FFFD as browsers do. */
function fromCodePoint(code: number): string {
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(code);
}

/** True for an ASCII digit, or a hex digit when `hex`. */
function isDigitOf(code: number, hex: boolean): boolean {
  if (code >= 0x30 && code <= 0x39) return true;
  return hex && ((code >= 0x41 && code <= 0x46) || (code >= 0x61 && code <= 0x66));
}

/**
 * Decodes the entity starting at `at` (which holds `&`): `&#1055;`, `&#x41f;` or a name from
 * {@link NAMED_ENTITIES}, always with its `;` (we do not guess legacy forms like `&amp`).
 * Returns the text and the index after it, or undefined when `&` starts no entity.
 * Lookahead is bounded (at most 33 characters), so decoding stays linear.
 */
function decodeEntityAt(source: string, at: number): { text: string; end: number } | undefined {
  if (source.charCodeAt(at + 1) === 0x23 /* # */) {
    const marker = source.charCodeAt(at + 2);
    const hex = marker === 0x78 || marker === 0x58; /* x X */
    const start = at + (hex ? 3 : 2);
    let i = start;
    while (i - start < 8 && isDigitOf(source.charCodeAt(i), hex)) i++;
    if (i === start || source.charCodeAt(i) !== 0x3b /* ; */) return undefined;
    return { text: fromCodePoint(Number.parseInt(source.slice(start, i), hex ? 16 : 10)), end: i + 1 };
  }
  let i = at + 1;
  while (i - at <= 32 && (isAsciiLetter(source.charCodeAt(i)) || isDigitOf(source.charCodeAt(i), false))) i++;
  if (i === at + 1 || source.charCodeAt(i) !== 0x3b) return undefined;
  const decoded = NAMED_ENTITIES.get(source.slice(at + 1, i));
  return decoded === undefined ? undefined : { text: decoded, end: i + 1 };
}

/** Decodes every entity in `text`; unknown or malformed ones stay as written. */
function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  let out = '';
  let from = 0;
  let at = text.indexOf('&');
  while (at !== -1) {
    const entity = decodeEntityAt(text, at);
    if (entity) {
      out += text.slice(from, at) + entity.text;
      from = entity.end;
      at = text.indexOf('&', entity.end);
    } else {
      at = text.indexOf('&', at + 1);
    }
  }
  return out + text.slice(from);
}

/** A piece of the input: text (entities still encoded) or a tag. */
type Token =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'tag'; readonly name: string; readonly closing: boolean };

/**
 * Splits HTML into text and tags in one pass.
 *
 * A `<` starts a tag only when a letter (or `/` and a letter, or `!`, `?`) follows and a `>`
 * closes it; otherwise it is literal text. Quoted attribute values may hold `>`. To stay linear
 * on hostile input, the first unterminated quote switches quote handling off for the rest of the
 * text, once no `>` is left nothing else is tried as a tag, and once no `-->` is left a `<!--` is
 * text at once.
 */
function tokenize(html: string): Token[] {
  const tokens: Token[] = [];
  const lastGt = html.lastIndexOf('>');
  // Where the last comment could end: a `<!--` after it is text, found without searching again
  // for each of many unterminated `<!--` (which made the scan quadratic).
  const lastCommentEnd = html.lastIndexOf('-->');
  let honourQuotes = true;
  let lowered: string | undefined;
  let text = '';
  let i = 0;
  const flushText = (): void => {
    if (text !== '') tokens.push({ kind: 'text', text });
    text = '';
  };
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1 || lt > lastGt) {
      text += html.slice(i);
      break;
    }
    text += html.slice(i, lt);
    i = lt;
    const next = html.charCodeAt(lt + 1);
    // Comments, doctypes and processing instructions are dropped whole.
    if (next === 0x21 /* ! */ || next === 0x3f /* ? */) {
      const isComment = html.startsWith('<!--', lt);
      const unterminated = isComment && lastCommentEnd < lt + 4;
      const end = unterminated ? -1 : isComment ? html.indexOf('-->', lt + 4) : html.indexOf('>', lt + 2);
      if (end === -1) {
        text += '<';
        i = lt + 1;
        continue;
      }
      flushText();
      // Kept as a token so that a comment alone still marks the input as HTML.
      tokens.push({ kind: 'tag', name: '!', closing: false });
      i = end + (isComment ? 3 : 1);
      continue;
    }
    const closing = next === 0x2f; /* / */
    const nameStart = lt + (closing ? 2 : 1);
    if (!isAsciiLetter(html.charCodeAt(nameStart))) {
      text += '<';
      i = lt + 1;
      continue;
    }
    let nameEnd = nameStart + 1;
    while (nameEnd < html.length && isTagNameChar(html.charCodeAt(nameEnd))) nameEnd++;
    const after = html.charCodeAt(nameEnd);
    if (!(after === 0x3e || after === 0x2f || isHtmlSpace(after))) {
      text += '<';
      i = lt + 1;
      continue;
    }
    const end = findTagEnd(html, nameEnd, honourQuotes);
    let tagEnd = end;
    if (tagEnd === -1 && honourQuotes) {
      honourQuotes = false;
      tagEnd = html.indexOf('>', nameEnd);
    }
    if (tagEnd === -1) {
      text += '<';
      i = lt + 1;
      continue;
    }
    flushText();
    const name = html.slice(nameStart, nameEnd).toLowerCase();
    tokens.push({ kind: 'tag', name, closing });
    i = tagEnd + 1;
    if (!closing && RAW_TEXT.has(name)) {
      // Skip to the matching close tag; without one the rest is script, as in browsers.
      lowered ??= html.toLowerCase();
      const close = lowered.indexOf(`</${name}`, i);
      i = close === -1 ? html.length : close;
    }
  }
  flushText();
  return tokens;
}

/** Index of the `>` that ends a tag whose attributes start at `from`, or -1. */
function findTagEnd(html: string, from: number, honourQuotes: boolean): number {
  if (!honourQuotes) return html.indexOf('>', from);
  let quote = 0;
  let afterEquals = false;
  for (let i = from; i < html.length; i++) {
    const code = html.charCodeAt(i);
    if (quote !== 0) {
      if (code === quote) quote = 0;
      continue;
    }
    if (code === 0x3e) return i;
    // A quote only opens a value right after `=`, so `<a title=it's>` still ends at `>`.
    if ((code === 0x22 || code === 0x27) && afterEquals) quote = code;
    else if (code === 0x3d) afterEquals = true;
    else if (!isHtmlSpace(code)) afterEquals = false;
  }
  return -1;
}

/** Builds lines from tokens with HTML's whitespace and block rules (see the file comment). */
class LineWriter {
  private readonly lines: string[] = [];
  private current = '';
  /** The current line exists even while empty (an open `<p>` or text after `<br>`). */
  private started = false;
  private pendingSpace = false;

  /** Appends text, collapsing HTML whitespace. */
  write(text: string): void {
    let run = '';
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (isHtmlSpace(code)) {
        if (run !== '') this.append(run);
        run = '';
        this.pendingSpace = true;
      } else {
        run += text.charAt(i);
      }
    }
    if (run !== '') this.append(run);
  }

  /** `<br>`: ends the current line; the next line exists only once something is written. */
  breakLine(): void {
    this.lines.push(this.current);
    this.current = '';
    this.started = false;
    this.pendingSpace = false;
  }

  /** Start of a block: a line with content before it ends there. */
  openBlock(isLine: boolean): void {
    if (this.current !== '') this.breakLine();
    if (isLine) this.started = true;
  }

  /** End of a block: its line ends, even when empty (`<p></p>` is an empty line). */
  closeBlock(): void {
    if (this.current !== '' || this.started) this.breakLine();
  }

  /** A cell boundary: a space between cells of a row. */
  separate(): void {
    this.pendingSpace = true;
  }

  /** All lines joined, the whole text trimmed. */
  finish(): string {
    if (this.current !== '' || this.started) this.breakLine();
    return this.lines.join('\n').trim();
  }

  private append(run: string): void {
    if (this.pendingSpace && this.current !== '') this.current += ' ';
    this.current += run;
    this.pendingSpace = false;
    this.started = true;
  }
}

/**
 * Collapses plain text the way {@link htmlToText} renders it: line breaks unified to `\n`, runs
 * of spaces and tabs made one space, spaces at line ends removed, the whole text trimmed.
 * `htmlToText(textToHtml(t)) === normalizePlainText(t)` for any `t`.
 */
export function normalizePlainText(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/[ \t\f]+/g, ' ').replace(/^ | $/g, ''))
    .join('\n')
    .trim();
}

/**
 * Turns Miro content HTML into plain text: blocks and `<br>` become line breaks, tags are
 * dropped (their text kept), entities decoded, HTML whitespace collapsed, the result trimmed.
 * Text with no tag at all is taken as plain text (line breaks and a literal `<` survive).
 * Linear in the length of the input.
 */
export function htmlToText(html: string): string {
  const tokens = tokenize(html);
  if (!tokens.some((token) => token.kind === 'tag')) return normalizePlainText(decodeEntities(html));
  const writer = new LineWriter();
  for (const token of tokens) {
    if (token.kind === 'text') {
      writer.write(decodeEntities(token.text));
    } else if (token.name === 'br') {
      writer.breakLine(); // browsers read a stray `</br>` as `<br>` too
    } else if (LINE_BLOCKS.has(token.name)) {
      if (token.closing) writer.closeBlock();
      else writer.openBlock(true);
    } else if (CONTAINER_BLOCKS.has(token.name)) {
      if (token.closing) writer.closeBlock();
      else writer.openBlock(false);
    } else if (token.name === 'td' || token.name === 'th') {
      writer.separate();
    }
  }
  return writer.finish();
}

/** Escapes the characters that are markup in HTML text: `& < > "`. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (ch) => (ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : '&quot;'));
}

/**
 * Turns plain text into Miro content HTML: one `<p>` per line (`<p><br></p>` for an empty line,
 * which rich-text editors show as a blank line), `& < > "` escaped. The inverse of
 * {@link htmlToText} up to {@link normalizePlainText}.
 */
export function textToHtml(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => (line === '' ? '<p><br></p>' : `<p>${escapeHtml(line)}</p>`))
    .join('');
}
