/**
 * The whole `cjm read --json` process on a 100k-note Miro REST export against a bare
 * `JSON.parse` process of the same file, in the same run: wall time and peak memory (max RSS).
 * Peak memory comes from `/usr/bin/time -v` when the machine has it, else from
 * `process.resourceUsage().maxRSS` printed by a small wrapper around the same process.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { BoardItem } from '../core/index.ts';
import { median } from './read-audit.ts';
import { buildBoard } from './synthetic-board.ts';

/** One process's figures. */
export interface ProcessFigures {
  readonly ms: number;
  readonly maxRssMB: number;
}

/** The CLI against a bare parse of the same file. */
export interface CliReadFigures {
  readonly notes: number;
  readonly fileMB: number;
  readonly cli: ProcessFigures;
  readonly parse: ProcessFigures;
  /** `cli.ms / parse.ms`. */
  readonly timeRatio: number;
  /** CLI peak memory over the file's size. */
  readonly cliMemoryOverFile: number;
  /** Bare parse's peak memory over the file's size. */
  readonly parseMemoryOverFile: number;
  readonly notesRead: number;
  readonly memorySource: '/usr/bin/time -v' | 'process.resourceUsage';
  readonly runs: number;
}

const MB = 2 ** 20;
const TIME = '/usr/bin/time';

/** A board item as Miro's REST listing (`GET /v2/boards/{id}/items`) gives it: centre positions, HTML content. */
export function toMiroRest(item: BoardItem): Record<string, unknown> {
  const position = { x: item.rect.x + item.rect.width / 2, y: item.rect.y + item.rect.height / 2, origin: 'center', relativeTo: 'canvas_center' };
  const content = item.text ? `<p>${item.text.split('\n').join('</p><p>')}</p>` : '';
  if (item.type === 'sticky') {
    return { id: item.id, type: 'sticky_note', data: { content, shape: 'square' }, style: { fillColor: 'light_yellow' }, position, geometry: { width: item.rect.width, height: item.rect.height } };
  }
  if (item.type === 'text') return { id: item.id, type: 'text', data: { content }, position, geometry: { width: item.rect.width } };
  return { id: item.id, type: 'shape', data: { content, shape: 'rectangle' }, style: { fillColor: item.color ?? '#ffffff' }, position, geometry: { width: item.rect.width, height: item.rect.height } };
}

/** The synthetic board of `notes` notes as one Miro REST page, with Miro's long numeric ids. */
export function syntheticMiroListing(notes: number): { data: Record<string, unknown>[]; [key: string]: unknown } {
  const { snapshot } = buildBoard(notes);
  const data = snapshot.items.map((item) => toMiroRest({ ...item, id: String(3_458_764_500_000_000_000n + BigInt(item.id.slice(1))) }));
  return { data, total: data.length, size: data.length, limit: data.length, links: { self: 'https://api.miro.com/v2/boards/bench/items' }, type: 'cursor-list' };
}

/** Writes the 100k-note board as one Miro REST page into `dir`; returns its path. */
function writeExport(dir: string, notes: number): string {
  const path = join(dir, `miro-${notes}.json`);
  writeFileSync(path, JSON.stringify(syntheticMiroListing(notes)));
  return path;
}

/** Runs `node args…`, stdout kept; wall time and max RSS. */
function runNode(args: readonly string[], useTime: boolean): ProcessFigures & { stdout: string } {
  const t0 = performance.now();
  const result = useTime
    ? spawnSync(TIME, ['-v', process.execPath, ...args], { encoding: 'utf8', maxBuffer: 1024 * MB })
    : spawnSync(process.execPath, ['-e', WRAPPER, ...args], { encoding: 'utf8', maxBuffer: 1024 * MB });
  const ms = performance.now() - t0;
  if (result.status !== 0) throw new Error(`bench: node ${args.join(' ')} exited ${String(result.status)}: ${result.stderr.slice(-500)}`);
  let kb: number;
  if (useTime) {
    const match = /Maximum resident set size \(kbytes\): (\d+)/u.exec(result.stderr);
    kb = Number(match?.[1] ?? Number.NaN);
  } else {
    const match = /^BENCH_MAXRSS_KB=(\d+)$/mu.exec(result.stderr);
    kb = Number(match?.[1] ?? Number.NaN);
  }
  return { ms, maxRssMB: kb / 1024, stdout: result.stdout };
}

/**
 * Without /usr/bin/time: runs the script in this process (argv shifted as node would) and prints
 * its max RSS when it exits. The wrapper itself adds a few MB and milliseconds to both sides.
 */
const WRAPPER = `
const path = require('node:path');
process.on('exit', () => process.stderr.write('\\nBENCH_MAXRSS_KB=' + process.resourceUsage().maxRSS + '\\n'));
const [script, ...rest] = process.argv.slice(1);
if (script === '-e') { eval(rest[0]); } else { process.argv = [process.argv[0], path.resolve(script), ...rest]; import(require('node:url').pathToFileURL(path.resolve(script)).href); }
`;

/** Measures the CLI and the bare parse `runs` times each, alternating, and keeps the medians. */
export function cliReadVsParse(notes = 100_000, runs = 3): CliReadFigures {
  const cliPath = resolve(process.cwd(), 'dist', 'cjm.mjs');
  if (!existsSync(cliPath)) throw new Error('bench: dist/cjm.mjs is missing; run `node esbuild.config.mjs` first');
  const dir = mkdtempSync(join(tmpdir(), 'cjm-bench-'));
  try {
    const file = writeExport(dir, notes);
    const fileMB = statSync(file).size / MB;
    const useTime = existsSync(TIME);
    const parseArgs = ['-e', `JSON.parse(require('node:fs').readFileSync(${JSON.stringify(file)}, 'utf8'))`];
    const cliArgs = [cliPath, 'read', file, '--json'];
    const cli: ProcessFigures[] = [];
    const parse: ProcessFigures[] = [];
    let notesRead = 0;
    for (let i = 0; i < runs; i++) {
      const c = runNode(cliArgs, useTime);
      if (i === 0) notesRead = (JSON.parse(c.stdout) as { notes?: unknown[] }).notes?.length ?? 0;
      cli.push(c);
      parse.push(runNode(parseArgs, useTime));
    }
    const pick = (list: ProcessFigures[]): ProcessFigures => ({ ms: median(list.map((p) => p.ms)), maxRssMB: median(list.map((p) => p.maxRssMB)) });
    const c = pick(cli);
    const p = pick(parse);
    return {
      notes,
      fileMB,
      cli: c,
      parse: p,
      timeRatio: c.ms / p.ms,
      cliMemoryOverFile: c.maxRssMB / fileMB,
      parseMemoryOverFile: p.maxRssMB / fileMB,
      notesRead,
      memorySource: useTime ? '/usr/bin/time -v' : 'process.resourceUsage',
      runs,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
