import { auditSnapshot, findGapCells } from '../../core/index.ts';
import type { BoardReading, BoardSnapshot, Finding, Locale, MapReading } from '../../core/index.ts';
import type { FigmaApi } from './figma-api.ts';
import { placeGapMarkers, removeGapMarkers } from './gap-markers.ts';
import type { GapMarkerTarget } from './gap-markers.ts';
import { snapshotPage } from './snapshot-page.ts';

/** Options of {@link auditPage}. */
export interface AuditPageOptions {
  /** Audit only the maps holding the selection. */
  readonly selection?: boolean;
  /** Language of findings and gap markers. Default: each map's. */
  readonly locale?: Locale;
  /** Put a red marker into every gap cell (touchpoints, recommendations). */
  readonly gapMarkers?: boolean;
}

/** One map of the page and what the audit found in it. */
export interface AuditedReading {
  readonly reading: MapReading;
  readonly findings: Finding[];
}

/** A page read and audited. */
export interface PageAudit {
  readonly snapshot: BoardSnapshot;
  readonly reading: BoardReading;
  readonly maps: readonly AuditedReading[];
  /** Gap markers of an earlier audit removed first. */
  readonly removedMarkerIds: readonly string[];
  /** Gap markers placed by this audit. */
  readonly markerIds: readonly string[];
}

/**
 * Reads the current page (or the selection's maps) and audits every map on it: the earlier
 * audit's gap markers are removed first, the page is read with core's reader, each map audited
 * with its geometry (so every finding knows its cell), and, when asked, a marker is put into
 * every gap cell.
 */
export async function auditPage(figma: FigmaApi, options: AuditPageOptions = {}): Promise<PageAudit> {
  const removedMarkerIds = removeGapMarkers(figma);
  const snapshot = await snapshotPage(figma, { selection: options.selection === true });
  const localeOption = options.locale ? { locale: options.locale } : {};
  const { reading, maps } = auditSnapshot(snapshot, localeOption);
  let markerIds: string[] = [];
  if (options.gapMarkers) {
    const targets: GapMarkerTarget[] = reading.maps.flatMap((map) => {
      const containerId = [...map.roles].find(([, role]) => role === 'frame')?.[0];
      return findGapCells(map, localeOption).map((cell) => ({ cell, ...(containerId !== undefined ? { containerId } : {}) }));
    });
    markerIds = (await placeGapMarkers(figma, targets)).map((node) => node.id);
  }
  return { snapshot, reading, maps, removedMarkerIds, markerIds };
}
