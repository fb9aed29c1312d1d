/**
 * Synthetic hand-made boards for the reader's bench: a 20-stage × 10-layer grid drawn with
 * shapes, a phase band, cells, notes spread over the cells, a title, a persona and 1 % strays.
 */
import { LAYER_VOCABULARY } from '../core/index.ts';
import type { BoardItem, BoardSnapshot, LayerKind } from '../core/index.ts';

/** Stages of the synthetic grid. */
export const STAGES = 20;
const LAYERS: readonly LayerKind[] = ['goal', 'actions', 'expectations', 'emotions', 'touchpoints', 'channels', 'barriers', 'recommendations', 'creatives', 'metrics'];
const NOTE = 100;
const GAP = 20;
/** Words of note texts; a few sound like layer headings, as on real boards ("Ideas", "Notes"). */
const WORDS = ['reads reviews', 'compares prices', 'Ideas', 'calls support', '😞 worried', 'Visitors: 1200', 'Notes', 'signs up', 'pays', 'asks a friend'];

/** A hand-made board with `notes` notes, 1 % strays and textless cells. */
export function buildBoard(notes: number): { snapshot: BoardSnapshot; strays: number } {
  const items: BoardItem[] = [];
  const perCell = Math.ceil(notes / (STAGES * LAYERS.length));
  const perLine = Math.ceil(Math.sqrt(perCell));
  const cellWidth = perLine * (NOTE + GAP) + GAP;
  const cellHeight = Math.ceil(perCell / perLine) * (NOTE + GAP) + GAP;
  const headerWidth = 300;
  const top = 400;
  const add = (type: BoardItem['type'], text: string, x: number, y: number, width: number, height: number, color?: string) =>
    items.push({ id: `i${items.length}`, type, text, rect: { x, y, width, height }, ...(color ? { color } : {}) });

  add('text', 'Synthetic journey map', 0, 0, 2000, 80);
  add('shape', 'Persona: Anna\nMotives:\n• grow sales\nBarriers:\n• price', 0, 100, 600, 200);
  const bands = ['Reach', 'Act', 'Convert', 'Engage'];
  bands.forEach((text, b) => add('shape', text, headerWidth + b * 5 * cellWidth, top, 5 * cellWidth, 80, '#d5f692'));
  for (let s = 0; s < STAGES; s++) add('shape', `Stage ${s + 1}`, headerWidth + s * cellWidth, top + 80, cellWidth, 100, '#ff9d48');
  const rowsTop = top + 180;
  LAYERS.forEach((kind, l) => {
    add('shape', LAYER_VOCABULARY[kind].title.en, 0, rowsTop + l * cellHeight, headerWidth, cellHeight, '#c9df56');
    for (let s = 0; s < STAGES; s++) add('rectangle', '', headerWidth + s * cellWidth, rowsTop + l * cellHeight, cellWidth, cellHeight, '#ffffff');
  });
  for (let i = 0; i < notes; i++) {
    const cell = i % (STAGES * LAYERS.length);
    const k = Math.floor(i / (STAGES * LAYERS.length));
    const s = cell % STAGES;
    const l = Math.floor(cell / STAGES);
    const x = headerWidth + s * cellWidth + GAP + (k % perLine) * (NOTE + GAP);
    const y = rowsTop + l * cellHeight + GAP + Math.floor(k / perLine) * (NOTE + GAP);
    add('sticky', `${WORDS[i % WORDS.length] ?? ''} ${i}`, x, y, NOTE, NOTE, '#fff9b1');
  }
  const strays = Math.ceil(notes / 100);
  const right = headerWidth + STAGES * cellWidth;
  // A brainstorm cluster beside the map, level with its header rows and first rows.
  for (let i = 0; i < strays; i++) add('sticky', `stray ${i}`, right + 1000 + (i % 50) * 150, top + Math.floor(i / 50) * 150, NOTE, NOTE, '#fff9b1');
  return { snapshot: { platform: 'unknown', items }, strays };
}
