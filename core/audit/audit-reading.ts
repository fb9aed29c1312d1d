import type { MapReading } from '../read/types.ts';
import { audit } from './audit.ts';
import type { AuditOptions, Finding } from './types.ts';

/**
 * Audits a map read from a board (`readBoard`, `readDocument`): `audit` with the reading's
 * geometry, so every finding carries where it is on the board (`Finding.where`) — the cell, row
 * or column to zoom to, and the board items to select; and the notes the reader was unsure of
 * (`unsure-*` warnings), which fail it as `unreadable-map`. What `options` gives wins.
 */
export function auditReading(reading: MapReading, options: AuditOptions = {}): Finding[] {
  const count = (code: string) => reading.warnings.filter((warning) => warning.code === code).length;
  const unsure = options.unsure ?? { stages: count('unsure-stage'), layers: count('unsure-layer') };
  return audit(reading.map, { ...options, geometry: options.geometry ?? reading.geometry, unsure });
}
