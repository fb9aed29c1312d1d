/**
 * Turns Miro content HTML into plain text. (Work in progress: full version follows.)
 */
export function htmlToText(html: string): string {
  return html.replace(/<[^<>]*>/g, '').trim();
}

/** Turns plain text into Miro content HTML: one `<p>` per line, `& < > "` escaped. */
export function textToHtml(text: string): string {
  return text
    .split('\n')
    .map((line) => `<p>${line.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')}</p>`)
    .join('');
}
