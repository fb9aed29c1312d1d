import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiEmulator } from './api-emulator.ts';
import { BIG_MAP, BOARD_ID, BOARD_LINK, MIRO_TOKEN, miroItemsOf } from './remote-cli.ts';

/**
 * The built `cjm` in a real process reading a board link: Node's real `fetch`, real timers and
 * real stderr, against the emulation on 127.0.0.1. Built like test/cli/binary.test.ts does.
 */
let dir = '';
let cli = '';
let api: ApiEmulator;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cjm-remote-'));
  cli = join(dir, 'cjm.mjs');
  await build({ entryPoints: ['cli/main.ts'], outfile: cli, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'silent' });
  api = await new ApiEmulator().start();
  api.miroBoards.set(BOARD_ID, miroItemsOf(BIG_MAP));
  api.tokens.set(MIRO_TOKEN, ['boards:read']);
}, 30_000);

afterAll(async () => {
  await api.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Runs the built cjm without blocking this process, which serves the emulation. */
function cjm(args: readonly string[], env: Record<string, string>): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], { env: { PATH: process.env.PATH ?? '', ...env }, cwd: dir });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

describe('dist cjm with a board link', () => {
  it('audits the live board, saves it, and audits the saved file the same', async () => {
    api.faults.push({ api: 'miro', status: 429, retryAfter: '0' });
    const live = await cjm(['audit', BOARD_LINK, '--format', 'json', '--save', 'board.json'], { MIRO_TOKEN, CJM_MIRO_API: api.url });
    expect(live.stderr).toBe('');
    const offline = await cjm(['audit', 'board.json', '--format', 'json'], {});
    expect(live.status).toBe(offline.status);
    expect(live.stdout).toBe(offline.stdout);
    expect(readFileSync(join(dir, 'board.json'), 'utf8')).not.toContain(MIRO_TOKEN);
  });

  it('prints one line and exits 2 for a refused token, even with CJM_DEBUG', async () => {
    const result = await cjm(['audit', BOARD_LINK], { MIRO_TOKEN: `${MIRO_TOKEN}-revoked`, CJM_MIRO_API: api.url, CJM_DEBUG: '1' });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(result.stderr).toContain('MIRO_TOKEN was refused by the Miro API (401');
    expect(result.stderr).not.toContain(MIRO_TOKEN);
  });
});
