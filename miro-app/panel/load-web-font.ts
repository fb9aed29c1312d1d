/** Open Sans, the font mirotone is drawn in, from Google Fonts (mirotone's own @import, made lazy). */
const WEB_FONT_URL = 'https://fonts.googleapis.com/css2?family=Open+Sans:wght@400;600;700&display=swap';

/**
 * Asks for mirotone's web font after the panel is on screen. Mirotone `@import`s it from its
 * stylesheet, which holds every style back until Google answers (or times out, where it is
 * blocked); the build drops that import (scripts/build/purge-css.mjs) and this adds the font as
 * a separate stylesheet that blocks nothing. Until it loads, or when it never does, mirotone's
 * font stack falls back to the system's UI font.
 */
export function loadWebFont(doc: Document = document): void {
  if (doc.querySelector(`link[href="${WEB_FONT_URL}"]`)) return;
  const link = doc.createElement('link');
  link.rel = 'stylesheet';
  link.href = WEB_FONT_URL;
  doc.head.append(link);
}
