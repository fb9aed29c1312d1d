import type { Locale } from '../i18n.ts';
import type { BoardSnapshot } from '../board/snapshot.ts';
import { readBoard } from '../read/read-board.ts';
import type { BoardReading, MapReading } from '../read/types.ts';
import { auditReading } from './audit-reading.ts';
import type { Finding } from './types.ts';

/** One map of an audited board: how it was read and what the audit found. */
export interface AuditedMap {
  readonly reading: MapReading;
  readonly findings: Finding[];
}

/** A board read and audited: the reading and each of its maps with its findings. */
export interface SnapshotAudit {
  readonly reading: BoardReading;
  readonly maps: readonly AuditedMap[];
}

/**
 * Reads a board snapshot and audits every map on it with its geometry, in `locale` when given
 * (else each map's own): what both plugins do on every (live) audit.
 */
export function auditSnapshot(snapshot: BoardSnapshot, options: { readonly locale?: Locale } = {}): SnapshotAudit {
  const localeOption = options.locale ? { locale: options.locale } : {};
  const reading = readBoard(snapshot, localeOption);
  return { reading, maps: reading.maps.map((map) => ({ reading: map, findings: auditReading(map, localeOption) })) };
}
