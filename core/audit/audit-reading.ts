import type { MapReading } from '../read/types.ts';
import { audit } from './audit.ts';
import type { AuditOptions, Finding } from './types.ts';

/**
 * Audits a map read from a board (`readBoard`, `readDocument`): `audit` with the reading's
 * geometry, so every finding carries where it is on the board (`Finding.where`) — the cell, row
 * or column to zoom to, and the board items to select. A geometry in `options` wins.
 */
export function auditReading(reading: MapReading, options: AuditOptions = {}): Finding[] {
  return audit(reading.map, { ...options, geometry: options.geometry ?? reading.geometry });
}
