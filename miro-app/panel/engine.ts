/**
 * The Miro panel's engine: everything that needs core or the adapter. It is a chunk of its own
 * that the panel loads on first use (miro-host.ts), so the panel paints at once and its first
 * download stays within the bundle budget (test/bundle-size.test.ts).
 */
import { auditSnapshot, findFreeOrigin, findGapCells, isFocusSelection } from '../../core/index.ts';
import type { CjmMap, Locale, Rect } from '../../core/index.ts';
import { createMapFromRequest } from '../../ui/create-map-from-request.ts';
import { formatExportFile } from '../../ui/export-file.ts';
import { focusOfFinding } from '../../ui/finding-focus.ts';
import type { AuditOutcome, AuditRequest, ExportFile, ExportRequest, GenerateOptions, NewMapRequest, PlacedFinding, TemplateChoice } from '../../ui/panel-host.ts';
import { parseMapFile } from '../../ui/parse-map-file.ts';
import { listTemplateChoices } from '../../ui/template-choices.ts';
import { auditBoard, generateMap, originNearViewport, placeGapMarkers, planForMiro, removeAbandonedRun, removeGapMarkers, snapshotBoard, watchBoard } from '../adapter/index.ts';
import { panelJournal } from './panel-journal.ts';
import type { PanelBoard } from './panel-board.ts';

export { watchBoard };

/** Room left around what the viewport shows. */
const VIEW_PADDING = { top: 80, right: 80, bottom: 80, left: 80 };

/** The templates with what the preview draws. */
export function listTemplates(locale: Locale): TemplateChoice[] {
  return listTemplateChoices(locale);
}

/** A picked or dropped cjm/1 file as a map (rejects with what is wrong and where). */
export const importMap = parseMapFile;

/** Brings a board rectangle (absolute, top-left) into view. */
export async function showRect(board: PanelBoard, rect: Rect): Promise<void> {
  await board.viewport.set({ viewport: rect, padding: VIEW_PADDING, animationDurationInMs: 300 });
}

/**
 * Brings a finding into view as ui/finding-focus.ts decides: a finding about a cell by the cell's
 * rectangle (its items include the stage's and layer's headers, which would pull the view up the
 * whole column), one about a stage or layer by its band, one about the whole map (an orphan note)
 * by its items while they are still on the board, else by its rectangle. The notes it is about
 * are selected, so they stand out in the view; `memory` remembers that selection as the panel's
 * own, so the next audit is not narrowed to this map by it.
 */
export async function showFinding(board: PanelBoard, finding: PlacedFinding, map?: CjmMap, memory?: PanelMemory): Promise<void> {
  const where = finding.where;
  const focus = focusOfFinding(finding, map);
  if (!where || !focus) return;
  const ids = [...focus.itemIds];
  // Only a view fitted to the items needs them read first; `select` takes ids as they are.
  const items = !focus.rect && ids.length > 0 ? await board.get({ id: ids }) : [];
  if (items.length > 0) await board.viewport.zoomTo(items);
  else await showRect(board, focus.rect ?? where.rect);
  if (ids.length > 0) await selectOnly(board, ids, memory);
}

/**
 * Selects exactly these items. A nicety on top of the view: a board without `select` (the
 * playground's, an older SDK) or a refusal leaves the view shown and the selection as it was.
 */
async function selectOnly(board: PanelBoard, ids: string[], memory: PanelMemory | undefined): Promise<void> {
  if (!board.select) return;
  try {
    await board.deselect?.();
    // What Miro selected: ids of items deleted since the audit match nothing.
    const selected = await board.select({ id: ids });
    if (memory) memory.focusSelection = selected.map((item) => item.id);
  } catch {
    // Selection is not what was asked for; the finding is in view all the same.
  }
}

/**
 * Puts the form's map on the board: on free space near the person's view, with the adapter
 * (which paces the calls and removes everything it made when it fails or is cancelled), then
 * zooms to it.
 */
export async function generate(board: PanelBoard, request: NewMapRequest, options: GenerateOptions): Promise<{ itemCount: number }> {
  const map = createMapFromRequest(request);
  const [wanted, snapshot] = await Promise.all([originNearViewport(board, map), snapshotBoard(board)]);
  const { bounds } = planForMiro(map, { locale: map.locale });
  const origin = findFreeOrigin(wanted, bounds, snapshot.items.map((item) => item.rect));
  // A journal, so that closing the panel mid-run leaves nothing the next run does not take back.
  const journal = await panelJournal(board);
  const result = await generateMap(board, map, { origin, signal: options.signal, onProgress: options.onProgress, locale: map.locale, ...(journal ? { journal } : {}) });
  await showRect(board, { ...origin, width: bounds.width, height: bounds.height });
  return { itemCount: result.itemIds.length };
}

/** What the panel remembers between audits. */
export interface PanelMemory {
  /** The last audit's gap cells, so an unchanged set of gaps leaves the board alone. */
  cells: string;
  /** What the panel last selected to show a finding ({@link showFinding}). */
  focusSelection?: readonly string[];
}

/**
 * Reads the maps holding the selection (or every map on the board when nothing is selected, or
 * when the selection is only what the panel selected to show a finding) and audits them in the request's language. With gap markers asked for, the markers follow the
 * empty touchpoint cells: the previous audit's are removed and new ones placed, unless the gaps
 * are the same as last time. The adapter never counts its own markers as notes.
 */
export async function auditMiroBoard(board: PanelBoard, request: AuditRequest, memory: PanelMemory): Promise<AuditOutcome> {
  // Half a map a closed panel left is no map to audit: taken back first (no call when there is none).
  const journal = await panelJournal(board);
  if (journal) await removeAbandonedRun(board, journal).catch(() => 0);
  let audited = await auditBoard(board, { selection: true, locale: request.locale });
  if (isFocusSelection(audited.snapshot.selection, memory.focusSelection)) {
    // Still only what "show" selected: audit what the person audited before, not just that map.
    const { selection: _shown, ...whole } = audited.snapshot;
    audited = { snapshot: whole, ...auditSnapshot(whole, { locale: request.locale }) };
  }
  const selection = audited.snapshot.selection ?? [];
  const scope = selection.length > 0 && audited.reading.maps.length > 0 ? 'selection' : 'board';
  const maps = audited.maps.map(({ reading, findings }) => ({ map: reading.map, findings }));
  const cells = request.gapMarkers ? audited.maps.flatMap(({ reading }) => findGapCells(reading, { kinds: ['touchpoints'], locale: request.locale })) : [];
  const key = JSON.stringify(cells.map((cell) => [cell.stage, cell.layer, cell.text, cell.rect]));
  let gapMarkers = cells.length;
  if (key !== memory.cells) {
    await removeGapMarkers(board);
    gapMarkers = (await placeGapMarkers(board, cells)).length;
    memory.cells = key;
  }
  return {
    scope,
    maps,
    warnings: [...audited.reading.warnings, ...audited.reading.maps.flatMap((map) => map.warnings)].map((warning) => warning.message),
    gapMarkers,
  };
}

/** A map of the last audit as a file. */
export function exportMap(outcome: AuditOutcome | undefined, request: ExportRequest): ExportFile {
  const audited = outcome?.maps[request.mapIndex];
  if (!audited) throw new Error(request.locale === 'ru' ? 'нет карты для экспорта: сначала запустите аудит' : 'no map to export: run an audit first');
  return formatExportFile(audited.map, audited.findings, request.format, request.locale);
}
