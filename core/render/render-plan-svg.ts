import type { BoardPlan, ColorToken, PlanItem } from '../layout/types.ts';
import { stripControlChars } from '../text/control-chars.ts';

/**
 * A neutral palette for previews. Platforms have their own (Miro sticky colour names, the FigJam
 * palette); the adapters map tokens to those. These are close to the usual sticky colours.
 */
export const PREVIEW_PALETTE: Readonly<Record<ColorToken, string>> = {
  frame: '#ffffff',
  title: '#1a1a1a',
  header: '#e6e9f0',
  cell: '#fafbfc',
  persona: '#f3f0ff',
  curve: '#6b5cd6',
  'phase-plan': '#d9dde6',
  'phase-reach': '#cfe6ff',
  'phase-act': '#d8f5d0',
  'phase-convert': '#ffe7b3',
  'phase-engage': '#f6d5f0',
  'note-yellow': '#fff9b1',
  'note-green': '#d5f692',
  'note-red': '#ffb3b3',
  'note-blue': '#a6ccf5',
  'note-violet': '#d0c4f7',
  'note-orange': '#ffcc80',
  'note-gray': '#e6e6e6',
  'note-cyan': '#bdeef2',
  'note-pink': '#fecfe4',
};

/**
 * Draws a board plan as a standalone SVG document: a preview of what the plugins will create,
 * viewable in any browser. All text is escaped: board content is never markup.
 */
export function renderPlanSvg(plan: BoardPlan): string {
  const { x, y, width, height } = plan.bounds;
  const body = plan.items.map(renderItem).join('\n');
  return [
    // Half the board size: a map is thousands of units wide, and at half size note text is still
    // readable in a browser without zooming in.
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${x} ${y} ${width} ${height}" width="${Math.round(width / 2)}" height="${Math.round(height / 2)}" font-family="Inter, 'DejaVu Sans', Arial, sans-serif">`,
    body,
    '</svg>',
    '',
  ].join('\n');
}

function renderItem(item: PlanItem): string {
  const { x, y, width, height } = item.rect;
  const fill = PREVIEW_PALETTE[item.color];
  switch (item.shape) {
    case 'frame':
      return `<rect x="${x}" y="${y}" width="${width}" height="${height}" fill="${fill}" stroke="#c4c9d4" stroke-width="2"/>`;
    case 'line':
      return item.from && item.to
        ? `<line x1="${item.from.x}" y1="${item.from.y}" x2="${item.to.x}" y2="${item.to.y}" stroke="${fill}" stroke-width="4"/>`
        : '';
    case 'dot':
      return `<circle cx="${x + width / 2}" cy="${y + height / 2}" r="${Math.min(width, height) / 2}" fill="${fill}"/>`;
    case 'text':
      return renderText(item, x, y, width);
    case 'shape':
    case 'sticky': {
      const stroke = item.role === 'cell' ? ' stroke="#e1e4ea"' : '';
      const radius = item.shape === 'sticky' ? 2 : 8;
      return `<rect x="${x}" y="${y}" width="${width}" height="${height}" rx="${radius}" fill="${fill}"${stroke}/>\n${renderText(item, x, y, width)}`;
    }
  }
}

function renderText(item: PlanItem, x: number, y: number, width: number): string {
  if (!item.text) return '';
  const size = item.fontSize ?? 20;
  const bold = isHeading(item);
  // Average glyph widths of the fallback fonts (DejaVu Sans is wide; bold wider still), so the
  // text stays inside its box whichever font the viewer has.
  const glyph = size * (bold ? 0.68 : 0.6);
  const lines = wrap(item.text, Math.max(4, Math.floor((width - size) / glyph)));
  const tspans = lines
    .map((line, i) => `<tspan x="${x + size / 2}" dy="${Math.round(size * (i === 0 ? 1.2 : 1.3))}">${escapeXml(line)}</tspan>`)
    .join('');
  const weight = bold ? ' font-weight="600"' : '';
  return `<text x="${x + size / 2}" y="${y + size / 4}" font-size="${size}" fill="#1a1a1a"${weight}>${tspans}</text>`;
}

function isHeading(item: PlanItem): boolean {
  return item.role === 'title' || item.role.endsWith('header') || item.role === 'phase-band';
}

/** Breaks text into lines of at most `max` characters, at spaces where it can, inside words where it must. */
export function wrap(text: string, max: number): string[] {
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(' ')) {
      const next = line ? `${line} ${word}` : word;
      if ([...next].length <= max) {
        line = next;
        continue;
      }
      if (line) out.push(line);
      const chars = [...word];
      while (chars.length > max) out.push(chars.splice(0, max).join(''));
      line = chars.join('');
    }
    out.push(line);
  }
  return out;
}

/** Escapes the five characters XML gives meaning to and drops the ones XML forbids. */
export function escapeXml(text: string): string {
  return stripControlChars(text).replace(/[&<>"']/gu, (ch) => `&#${ch.charCodeAt(0)};`);
}
