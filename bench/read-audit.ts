/**
 * Read + audit in process of synthetic boards of 1k, 10k and 100k notes. Target: 10k notes under
 * 50 ms on a 2-core machine, growing no faster than n log n. Each size gets warm-up runs first
 * (the JIT), then the median of several runs.
 */
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { audit, readBoard } from '../core/index.ts';
import { buildBoard } from './synthetic-board.ts';

/** Board sizes measured, in notes. */
export const SIZES = [1_000, 10_000, 100_000] as const;

/** One benchmark size's measurements. */
export interface SizeResult {
  readonly notes: number;
  readonly items: number;
  readonly readMs: number;
  readonly auditMs: number;
  readonly readAuditMs: number;
  /** Heap in use right after reading (the snapshot and the reading alive), MB. */
  readonly heapUsedMB: number;
  /** Heap the reading itself holds (measured around one read; exact only with --expose-gc), MB. */
  readonly readingHeapMB: number;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * A way to collect garbage before measuring the heap a reading holds: `--expose-gc` when given,
 * otherwise switched on at run time (V8 allows it; `vm` hands out the function).
 */
function findCollector(): (() => void) | undefined {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    return typeof gc === 'function' ? (gc as () => void) : undefined;
  } catch {
    return undefined;
  }
}

const collect = findCollector();

/** Whether heap figures were taken after a garbage collection. */
export const heapMeasuredAfterGc = collect !== undefined;

/** Read + audit figures of a board of `notes` notes. */
export function measureReadAudit(notes: number): SizeResult {
  const { snapshot, strays } = buildBoard(notes);
  // Small boards need more warm-up before the JIT has optimised the reader's loops.
  const runs = notes >= 100_000 ? 5 : notes >= 10_000 ? 11 : 21;
  const warmups = notes >= 100_000 ? 2 : notes >= 10_000 ? 10 : 30;
  const read: number[] = [];
  const audited: number[] = [];
  for (let run = 0; run < warmups + runs; run++) {
    const t0 = performance.now();
    const reading = readBoard(snapshot);
    const t1 = performance.now();
    const map = reading.maps[0]?.map;
    if (!map) throw new Error('bench: no map read');
    audit(map);
    const t2 = performance.now();
    if (run === 0 && (map.notes.length !== notes || map.orphans.length !== strays)) {
      throw new Error(`bench: read ${map.notes.length} notes and ${map.orphans.length} orphans, expected ${notes} and ${strays}`);
    }
    if (run >= warmups) {
      read.push(t1 - t0);
      audited.push(t2 - t1);
    }
  }
  collect?.();
  const before = process.memoryUsage().heapUsed;
  const kept = readBoard(snapshot);
  const after = process.memoryUsage().heapUsed;
  const readingHeapMB = Math.max(0, after - before) / 2 ** 20;
  const heapUsedMB = after / 2 ** 20;
  if (kept.maps.length !== 1) throw new Error('bench: expected one map');
  const readMs = median(read);
  const auditMs = median(audited);
  const readAuditMs = median(read.map((r, i) => r + (audited[i] ?? 0)));
  return { notes, items: snapshot.items.length, readMs, auditMs, readAuditMs, heapUsedMB, readingHeapMB };
}
