/**
 * The reader's benchmark: reads synthetic hand-made boards of 1k, 10k and 100k notes (a 20-stage
 * × 10-layer grid drawn with shapes, a phase band, cells, notes spread over the cells, a title, a
 * persona and some strays) and audits the map, then prints a table and writes
 * `bench/results.json`. Run it with `npm run bench` (esbuild bundles it to dist/bench.mjs).
 *
 * Target: read + audit of 10k notes under 50 ms on a 2-core machine, growing no faster than
 * n log n. Each size gets warm-up runs first (the JIT), then the median of several runs.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { dirname, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { audit, LAYER_VOCABULARY, readBoard } from '../core/index.ts';
import type { BoardItem, BoardSnapshot, LayerKind } from '../core/index.ts';

const STAGES = 20;
const LAYERS: readonly LayerKind[] = ['goal', 'actions', 'expectations', 'emotions', 'touchpoints', 'channels', 'barriers', 'recommendations', 'creatives', 'metrics'];
const SIZES = [1_000, 10_000, 100_000] as const;
const NOTE = 100;
const GAP = 20;
/** Words of note texts; a few sound like layer headings, as on real boards ("Ideas", "Notes"). */
const WORDS = ['reads reviews', 'compares prices', 'Ideas', 'calls support', '😞 worried', 'Visitors: 1200', 'Notes', 'signs up', 'pays', 'asks a friend'];

/** One benchmark size's measurements. */
interface SizeResult {
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

/** A hand-made board with `notes` notes, 1 % strays and textless cells. */
function buildBoard(notes: number): { snapshot: BoardSnapshot; strays: number } {
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

function median(values: readonly number[]): number {
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

function measure(notes: number): SizeResult {
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

function main(): void {
  const results = SIZES.map(measure);
  const round = (v: number) => Math.round(v * 100) / 100;
  console.log('notes    items    read ms  audit ms  read+audit ms  heap MB  reading MB');
  for (const r of results) {
    console.log(
      [
        String(r.notes).padEnd(8),
        String(r.items).padEnd(8),
        round(r.readMs).toFixed(2).padStart(8),
        round(r.auditMs).toFixed(2).padStart(9),
        round(r.readAuditMs).toFixed(2).padStart(14),
        r.heapUsedMB.toFixed(1).padStart(8),
        r.readingHeapMB.toFixed(1).padStart(11),
      ].join(' '),
    );
  }
  const [small, medium, large] = results;
  const nlogn = (n: number) => n * Math.log2(n);
  const growth = {
    '10k/1k': medium && small ? round(medium.readAuditMs / small.readAuditMs) : undefined,
    '100k/10k': large && medium ? round(large.readAuditMs / medium.readAuditMs) : undefined,
    nlogn10kOver1k: round(nlogn(10_000) / nlogn(1_000)),
    nlogn100kOver10k: round(nlogn(100_000) / nlogn(10_000)),
  };
  console.log(`growth: 10k/1k ×${growth['10k/1k']} (n log n ×${growth.nlogn10kOver1k}), 100k/10k ×${growth['100k/10k']} (n log n ×${growth.nlogn100kOver10k})`);
  const summary = {
    date: new Date().toISOString(),
    node: process.version,
    cpuCount: typeof availableParallelism === 'function' ? availableParallelism() : cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    platform: `${process.platform}-${process.arch}`,
    heapMeasuredAfterGc: collect !== undefined,
    readAudit1kMs: round(small?.readAuditMs ?? 0),
    readAudit10kMs: round(medium?.readAuditMs ?? 0),
    readAudit100kMs: round(large?.readAuditMs ?? 0),
    growth,
    sizes: results.map((r) => ({ ...r, readMs: round(r.readMs), auditMs: round(r.auditMs), readAuditMs: round(r.readAuditMs), heapUsedMB: round(r.heapUsedMB), readingHeapMB: round(r.readingHeapMB) })),
  };
  const out = resolve(process.cwd(), 'bench', 'results.json');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(summary, null, 2)}\n`);
  console.log(`wrote ${out}`);
}

main();
