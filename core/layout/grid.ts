import type { Point } from '../geometry.ts';
import type { Locale } from '../i18n.ts';
import type { CjmMap, Stage } from '../model/map.ts';
import type { MapIndex } from './index-map.ts';
import { estimateTextHeight } from './measure-text.ts';
import { pickNoteColor } from './note-color.ts';
import { packNotes } from './pack-notes.ts';
import type { NotePacking } from './pack-notes.ts';
import { findPhaseRuns, formatPhaseLabel } from './phase-runs.ts';
import { formatKeyPart } from './plan-item.ts';
import type { ItemDraft } from './plan-item.ts';
import type { PlanSettings } from './plan-settings.ts';

/**
 * The grid of the map, top to bottom: the phase-band row (when a stage has a phase), the stage
 * headers, the lane row (when a stage has a lane), then one row per layer with its header in the
 * left column and one cell per stage. Columns and rows touch like a table's; rows grow to fit
 * their notes and headers.
 */

/** The laid-out grid. */
export interface GridLayout {
  /** Bands, stage headers, lane headers, layer headers, cells, notes: in that order. */
  readonly items: readonly ItemDraft[];
  /** The grid's bottom edge. */
  readonly bottom: number;
  /** Left edge of each stage column, in stage order. */
  readonly columnX: readonly number[];
}

/**
 * Lays out the grid with its top-left corner at `at`; `noteHeights` are the heights of the notes
 * by index (see `resolveNoteHeights`).
 */
export function layoutGrid(
  map: Pick<CjmMap, 'stages' | 'layers' | 'notes'>,
  index: MapIndex,
  noteHeights: readonly number[],
  settings: PlanSettings,
  locale: Locale,
  at: Point,
): GridLayout {
  const { stageWidth, headerWidth, noteSize, gap } = settings;
  const columnX = map.stages.map((_, s) => at.x + headerWidth + s * stageWidth);
  // Header boxes keep half a gap of margin round their text.
  const fit = (text: string, width: number, fontSize: number, min: number) =>
    Math.max(min, estimateTextHeight(text, { width, fontSize, padding: gap / 2 }));

  const runs = findPhaseRuns(map.stages);
  const bands = runs.map((run) => ({ ...run, label: formatPhaseLabel(run.phase, locale), width: (run.last - run.first + 1) * stageWidth }));
  const bandHeight = Math.max(0, ...bands.map((band) => fit(band.label, band.width, settings.bandFontSize, settings.bandMinHeight)));
  const headerHeight = Math.max(settings.headerMinHeight, ...map.stages.map((stage) => fit(stage.name, stageWidth, settings.headerFontSize, 0)));
  const laned = map.stages.filter(hasLane);
  const laneHeight = Math.max(0, ...laned.map((stage) => fit(stage.lane, stageWidth, settings.laneFontSize, settings.laneMinHeight)));

  const packings: NotePacking[][] = index.cells.map((column) =>
    column.map((notes) => packNotes(notes.map((i) => noteHeights[i] ?? settings.noteMinHeight), stageWidth, noteSize, gap)),
  );
  const rowHeights = map.layers.map((layer, l) =>
    Math.max(
      settings.minRowHeight,
      fit(layer.title, headerWidth, settings.headerFontSize, 0),
      ...packings.map((column) => column[l]?.height ?? 0),
    ),
  );

  const bandY = at.y;
  const headerY = bandY + bandHeight;
  const laneY = headerY + headerHeight;
  const rowY: number[] = [];
  let bottom = laneY + laneHeight;
  for (const height of rowHeights) {
    rowY.push(bottom);
    bottom += height;
  }

  const items: ItemDraft[] = [];
  for (const [i, band] of bands.entries()) {
    items.push({
      key: `band:${i}`,
      role: 'phase-band',
      shape: 'shape',
      rect: { x: columnX[band.first] ?? at.x, y: bandY, width: band.width, height: bandHeight },
      text: band.label,
      color: `phase-${band.phase}`,
      fontSize: settings.bandFontSize,
      phase: band.phase,
    });
  }
  map.stages.forEach((stage, s) => {
    const x = columnX[s] ?? at.x;
    items.push({
      key: `stage:${formatKeyPart(stage.id)}`,
      role: 'stage-header',
      shape: 'shape',
      rect: { x, y: headerY, width: stageWidth, height: headerHeight },
      text: stage.name,
      color: 'header',
      fontSize: settings.headerFontSize,
      stage: stage.id,
    });
  });
  map.stages.forEach((stage, s) => {
    if (!hasLane(stage)) return;
    items.push({
      key: `lane:${formatKeyPart(stage.id)}`,
      role: 'lane-header',
      shape: 'shape',
      rect: { x: columnX[s] ?? at.x, y: laneY, width: stageWidth, height: laneHeight },
      text: stage.lane,
      color: 'header',
      fontSize: settings.laneFontSize,
      stage: stage.id,
    });
  });
  map.layers.forEach((layer, l) => {
    items.push({
      key: `layer:${formatKeyPart(layer.id)}`,
      role: 'layer-header',
      shape: 'shape',
      rect: { x: at.x, y: rowY[l] ?? bottom, width: headerWidth, height: rowHeights[l] ?? 0 },
      text: layer.title,
      color: 'header',
      fontSize: settings.headerFontSize,
      layer: layer.id,
    });
  });
  // Cells row by row, in reading order.
  map.layers.forEach((layer, l) => {
    map.stages.forEach((stage, s) => {
      items.push({
        key: `cell:${formatKeyPart(stage.id)}:${formatKeyPart(layer.id)}`,
        role: 'cell',
        shape: 'shape',
        rect: { x: columnX[s] ?? at.x, y: rowY[l] ?? bottom, width: stageWidth, height: rowHeights[l] ?? 0 },
        text: '',
        color: 'cell',
        stage: stage.id,
        layer: layer.id,
        // An empty cell is only a background: the headers and rows carry the grid without it.
        ...((index.cells[s]?.[l]?.length ?? 0) === 0 ? { skippable: true } : {}),
      });
    });
  });
  items.push(...placeNotes(map, index, packings, columnX, rowY, settings.noteFontSize));
  return { items, bottom, columnX };
}

/** Notes in the order of `map.notes`, each at its packed place in its cell. */
function placeNotes(
  map: Pick<CjmMap, 'stages' | 'layers' | 'notes'>,
  index: MapIndex,
  packings: readonly (readonly NotePacking[])[],
  columnX: readonly number[],
  rowY: readonly number[],
  fontSize: number,
): ItemDraft[] {
  const placed: { readonly note: number; readonly item: ItemDraft }[] = [];
  index.cells.forEach((column, s) => {
    const stage = map.stages[s];
    column.forEach((notes, l) => {
      const layer = map.layers[l];
      const rects = packings[s]?.[l]?.rects ?? [];
      notes.forEach((i, k) => {
        const note = map.notes[i];
        const rect = rects[k];
        if (!stage || !layer || !note || !rect) return;
        const x = (columnX[s] ?? 0) + rect.x;
        const y = (rowY[l] ?? 0) + rect.y;
        placed.push({
          note: i,
          item: {
            key: `note:${i}`,
            role: 'note',
            shape: 'sticky',
            rect: { x, y, width: rect.width, height: rect.height },
            text: note.text,
            color: pickNoteColor(note, layer),
            fontSize,
            stage: stage.id,
            layer: layer.id,
            note: i,
          },
        });
      });
    });
  });
  return placed.sort((a, b) => a.note - b.note).map((entry) => entry.item);
}

/** A stage shows a lane only when it names one: an empty lane would be a textless header. */
function hasLane(stage: Stage): stage is Stage & { lane: string } {
  return stage.lane !== undefined && stage.lane.trim() !== '';
}
