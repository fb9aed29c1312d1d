import type { BoardItem, BoardSnapshot } from '../board/snapshot.ts';
import { unionRect, type Rect } from '../geometry.ts';
import type { Locale, Localized } from '../i18n.ts';
import { describeOrphanReason } from '../read/orphan-reasons.ts';
import type { ItemRole, MapReading } from '../read/types.ts';
import { escapeXml, wrap } from './render-plan-svg.ts';

/** How each role is drawn: fill (undefined: the item's own colour), outline, and whether the text is bold. */
const ROLE_STYLE: Readonly<Record<ItemRole, { readonly fill?: string; readonly stroke: string; readonly bold: boolean; readonly dash?: boolean }>> = {
  frame: { fill: '#ffffff', stroke: '#c4c9d4', bold: true },
  cell: { fill: 'none', stroke: '#e1e4ea', bold: false },
  decoration: { fill: 'none', stroke: '#eceef2', bold: false },
  title: { fill: 'none', stroke: '#c4c9d4', bold: true },
  persona: { fill: '#f3f0ff', stroke: '#b9aef0', bold: false },
  'phase-band': { fill: '#e8f1ff', stroke: '#8fb4ea', bold: true },
  'stage-header': { fill: '#cfe6ff', stroke: '#3b7bd8', bold: true },
  'lane-header': { fill: '#e0ecff', stroke: '#3b7bd8', bold: true },
  'layer-header': { fill: '#d8f5d0', stroke: '#3a9a4a', bold: true },
  note: { stroke: '#9aa1ad', bold: false },
  orphan: { stroke: '#d8343f', bold: false, dash: true },
};

/** The legend's words. */
const LEGEND: Localized<{ readonly title: string; readonly entries: readonly [ItemRole, string][]; readonly unplaced: string }> = {
  ru: {
    title: 'Как прочитана доска',
    entries: [
      ['stage-header', 'этап'],
      ['layer-header', 'слой'],
      ['phase-band', 'фаза RACE'],
      ['note', 'заметка в ячейке'],
      ['orphan', 'вне ячеек'],
    ],
    unplaced: 'Без места на доске (координаты не числа)',
  },
  en: {
    title: 'How the board was read',
    entries: [
      ['stage-header', 'stage'],
      ['layer-header', 'layer'],
      ['phase-band', 'RACE phase'],
      ['note', 'note in a cell'],
      ['orphan', 'outside the cells'],
    ],
    unplaced: 'Not placed on the board (no numeric position)',
  },
};

/** Drawing order: containers and cells under headers, headers under notes, orphans on top. */
const LAYER_ORDER: readonly ItemRole[] = ['frame', 'decoration', 'cell', 'title', 'persona', 'phase-band', 'stage-header', 'lane-header', 'layer-header', 'note', 'orphan'];

/** Options of {@link renderReadingSvg}. */
export interface ReadingSvgOptions {
  /** Language of the legend and the orphan labels. Default: the map's. */
  readonly locale?: Locale;
}

/**
 * Draws a board as the reader understood it, as a standalone SVG document: every item of one map
 * where it lies on the board, outlined by what it became (stage and layer headers, notes in cells,
 * cells), and every orphan marked with a red dashed outline and why it is in no cell. Items
 * without a usable position are listed below the board. The picture to check a hand-drawn board
 * against before trusting its audit. All text is escaped: board content is never markup.
 */
export function renderReadingSvg(snapshot: BoardSnapshot, reading: MapReading, options: ReadingSvgOptions = {}): string {
  const locale = options.locale ?? reading.map.locale;
  const reasons = new Map(reading.map.orphans.flatMap((orphan) => (orphan.source?.id === undefined ? [] : [[orphan.source.id, orphan.reason] as const])));
  const mine = snapshot.items.filter((item) => reading.roles.has(item.id));
  const placed = mine.filter((item) => isPlaced(item.rect));
  const unplaced = mine.filter((item) => !isPlaced(item.rect) && item.text !== '');
  const board = unionRect(placed.map((item) => item.rect)) ?? { x: 0, y: 0, width: 800, height: 400 };

  // The legend and the list grow with the board, so they stay readable when a wide board is shrunk to fit.
  const k = Math.max(1, board.width / 2400);
  const margin = 80 * k;
  const legendHeight = 120 * k;
  const listLine = 34 * k;
  const listHeight = unplaced.length > 0 ? 60 + unplaced.length * listLine : 0;
  const view: Rect = { x: board.x - margin, y: board.y - margin - legendHeight, width: board.width + 2 * margin, height: board.height + 2 * margin + legendHeight + listHeight };

  const byRole = (role: ItemRole) => placed.filter((item) => reading.roles.get(item.id) === role);
  const body = LAYER_ORDER.flatMap((role) => byRole(role).map((item) => renderItem(item, role, reasons.get(item.id), locale)));
  const legend = renderLegend(locale, view.x + margin / 2, view.y + 30 * k, k);
  const list = unplaced.length > 0 ? renderUnplaced(unplaced, locale, view.x + margin / 2, board.y + board.height + margin, listLine, k) : '';
  const scale = Math.min(1, 2400 / view.width);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${view.x} ${view.y} ${view.width} ${view.height}" width="${Math.round(view.width * scale)}" height="${Math.round(view.height * scale)}" font-family="Inter, 'DejaVu Sans', Arial, sans-serif">`,
    `<rect x="${view.x}" y="${view.y}" width="${view.width}" height="${view.height}" fill="#f7f8fa"/>`,
    legend,
    ...body,
    list,
    '</svg>',
    '',
  ].join('\n');
}

function isPlaced(rect: Rect): boolean {
  return [rect.x, rect.y, rect.width, rect.height].every(Number.isFinite);
}

function renderItem(item: BoardItem, role: ItemRole, reason: string | undefined, locale: Locale): string {
  const style = ROLE_STYLE[role];
  const { x, y, width, height } = item.rect;
  const fill = style.fill ?? item.color ?? '#fff9b1';
  const dash = style.dash ? ' stroke-dasharray="12 8"' : '';
  const strokeWidth = role === 'orphan' ? 4 : 2;
  const shape = `<rect x="${x}" y="${y}" width="${Math.max(width, 1)}" height="${Math.max(height, 1)}" rx="4" fill="${fill}" stroke="${style.stroke}" stroke-width="${strokeWidth}"${dash}/>`;
  // Containers show their name above them, as Miro and Figma do; cells have no text of their own.
  if (role === 'frame') return `${shape}\n${textBlock(item.text, x, y - 34, Math.max(width, 400), 24, true)}`;
  if (role === 'cell' || role === 'decoration') return shape;
  const size = Math.max(12, Math.min(22, height / 2, width / 6));
  const label = role === 'orphan' && reason !== undefined ? `\n${textBlock(`⚠ ${describeOrphanReason(reason, locale)}`, x, y + height + 4, Math.max(width, 360), 16, false, '#d8343f')}` : '';
  return `${shape}\n${textBlock(item.text, x, y, width, size, style.bold)}${label}`;
}

function renderLegend(locale: Locale, x: number, y: number, k: number): string {
  const words = LEGEND[locale];
  const parts = [textBlock(words.title, x, y - 24 * k, 1200 * k, 28 * k, true)];
  let at = x;
  for (const [role, label] of words.entries) {
    const style = ROLE_STYLE[role];
    const dash = style.dash ? ' stroke-dasharray="8 5"' : '';
    parts.push(`<rect x="${at}" y="${y + 24 * k}" width="${36 * k}" height="${26 * k}" rx="4" fill="${style.fill ?? '#fff9b1'}" stroke="${style.stroke}" stroke-width="${role === 'orphan' ? 3 : 2}"${dash}/>`);
    parts.push(textBlock(label, at + 40 * k, y + 22 * k, 400 * k, 20 * k, false));
    // The label's width at the widest fallback font (DejaVu Sans, about 0.65 em a glyph), then a gap.
    at += (70 + [...label].length * 14) * k;
  }
  return parts.join('\n');
}

function renderUnplaced(items: readonly BoardItem[], locale: Locale, x: number, y: number, step: number, k: number): string {
  const lines = [textBlock(`⚠ ${LEGEND[locale].unplaced}`, x, y, 2000 * k, 22 * k, true, '#d8343f')];
  items.forEach((item, i) => lines.push(textBlock(`• ${item.text}`, x, y + 36 * k + i * step, 2000 * k, 20 * k, false)));
  return lines.join('\n');
}

/** Text wrapped into a box from its top-left corner; every line escaped. */
function textBlock(text: string, x: number, y: number, width: number, size: number, bold: boolean, color = '#1a1a1a'): string {
  if (!text) return '';
  const glyph = size * (bold ? 0.68 : 0.6);
  const lines = wrap(text, Math.max(4, Math.floor((width - size) / glyph))).slice(0, 12);
  const tspans = lines.map((line, i) => `<tspan x="${x + size / 2}" dy="${Math.round(size * (i === 0 ? 1.2 : 1.3))}">${escapeXml(line)}</tspan>`).join('');
  return `<text x="${x + size / 2}" y="${y + size / 4}" font-size="${Math.round(size)}" fill="${color}"${bold ? ' font-weight="600"' : ''}>${tspans}</text>`;
}
