// Keeps the rules of a CSS kit that a panel uses: mirotone ships ~175 kB (44 kB gzipped) of
// rules, icons as inline SVG among them, and a Miro panel uses a few dozen classes of it.
//
// A rule is kept when it names no class at all (element rules, :root variables) or when every
// class of at least one of its selectors is used; @media and @supports blocks are filtered the
// same way inside; other at-rules (@font-face, @keyframes) are kept whole. "Used" means the class
// name appears as a word in the panel's sources, which over-approximates (a word in a comment
// keeps its rule) but never drops a class the code names.

/** Splits CSS text into top-level statements: `selector{…}`, `@media …{…}`, `@import …;`. */
function splitTopLevel(css) {
  const out = [];
  let depth = 0;
  let start = 0;
  let quote = '';
  for (let i = 0; i < css.length; i++) {
    const c = css[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '{') depth++;
    else if (c === '}') {
      depth--;
      if (depth === 0) {
        out.push(css.slice(start, i + 1));
        start = i + 1;
      }
    } else if (c === ';' && depth === 0) {
      out.push(css.slice(start, i + 1));
      start = i + 1;
    }
  }
  const rest = css.slice(start).trim();
  if (rest) out.push(rest);
  return out.map((s) => s.trim()).filter(Boolean);
}

function selectorIsUsed(selector, used) {
  // Attribute values and pseudo arguments may hold dots ("w3.org" in data URIs): classes only
  // count outside them.
  const bare = selector.replace(/\[[^\]]*\]/gu, '').replace(/\((?:[^()]|\([^()]*\))*\)/gu, '');
  const classes = bare.match(/\.[A-Za-z_][\w-]*/gu) ?? [];
  return classes.every((c) => used.has(c.slice(1)));
}

function purgeStatements(css, used) {
  const kept = [];
  for (const statement of splitTopLevel(css)) {
    if (statement.startsWith('@import')) continue; // remote imports dropped: see the file header
    if (statement.startsWith('@media') || statement.startsWith('@supports')) {
      const open = statement.indexOf('{');
      const inner = purgeStatements(statement.slice(open + 1, -1), used);
      if (inner) kept.push(`${statement.slice(0, open)}{${inner}}`);
      continue;
    }
    if (statement.startsWith('@')) {
      kept.push(statement);
      continue;
    }
    const open = statement.indexOf('{');
    const selectors = statement.slice(0, open).split(',');
    const keep = selectors.filter((s) => selectorIsUsed(s, used));
    if (keep.length > 0) kept.push(`${keep.join(',')}${statement.slice(open)}`);
  }
  return kept.join('');
}

/**
 * `css` without its remote `@import`s and without the rules whose classes `sources` never name.
 * @param {string} css
 * @param {readonly string[]} sources
 */
export function purgeCss(css, sources) {
  const used = new Set();
  for (const source of sources) for (const word of source.match(/[A-Za-z_][\w-]*/gu) ?? []) used.add(word);
  return purgeStatements(css, used);
}
