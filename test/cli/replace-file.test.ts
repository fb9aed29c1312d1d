import { spawnSync } from 'node:child_process';
import { chmodSync, createReadStream, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeOutputPieces } from '../../cli/output.ts';
import { createProcessIo } from '../../cli/process-io.ts';
import { replaceFile } from '../../cli/replace-file.ts';

/**
 * `--output` files are replaced whole or not at all (cli/replace-file.ts): the pieces go to a
 * temporary file beside the target, renamed over it once complete.
 */
const root = mkdtempSync(join(tmpdir(), 'cjm-out-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let folders = 0;

/** A fresh folder per case, so "nothing else is left in it" can be checked. */
function folder(): string {
  const path = join(root, `case-${++folders}`);
  mkdirSync(path);
  return path;
}

/** Pieces whose text is long enough to be written in several batches before `failAt` throws. */
function* pieces(count: number, failAt = Infinity): Generator<string> {
  for (let i = 0; i < count; i++) {
    if (i === failAt) throw new Error('made up failure while the text is made');
    yield `{"piece":${i},"text":"${'ж'.repeat(200)}"}\n`;
  }
}

const whole = [...pieces(2000)].join('');

describe('replacing an --output file', () => {
  it('writes every piece, in order, and leaves nothing else in the folder', async () => {
    const dir = folder();
    await replaceFile(join(dir, 'map.json'), pieces(2000));
    expect(readFileSync(join(dir, 'map.json'), 'utf8')).toBe(whole);
    expect(readdirSync(dir)).toEqual(['map.json']);
  });

  it('keeps the old file whole when making the text fails half-way, and removes the temporary file', async () => {
    const dir = folder();
    const path = join(dir, 'map.json');
    writeFileSync(path, 'the old report\n');
    // 1,500 pieces of ~400 bytes: several batches have reached the disk before the failure.
    await expect(replaceFile(path, pieces(2000, 1500))).rejects.toThrow('made up failure');
    expect(readFileSync(path, 'utf8')).toBe('the old report\n');
    expect(readdirSync(dir)).toEqual(['map.json']);
  });

  it('keeps a replaced file\'s permissions', async () => {
    const dir = folder();
    const path = join(dir, 'report.md');
    writeFileSync(path, 'old');
    chmodSync(path, 0o640);
    await replaceFile(path, ['new\n']);
    expect(readFileSync(path, 'utf8')).toBe('new\n');
    expect(statSync(path).mode & 0o777).toBe(0o640);
  });

  it('follows a link: the file it points to is replaced and the link stays a link', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'real.json'), 'old');
    symlinkSync('real.json', join(dir, 'latest.json'));
    await replaceFile(join(dir, 'latest.json'), ['new\n']);
    expect(lstatSync(join(dir, 'latest.json')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'latest.json'))).toBe('real.json');
    expect(readFileSync(join(dir, 'real.json'), 'utf8')).toBe('new\n');
    expect(readdirSync(dir).sort()).toEqual(['latest.json', 'real.json']);
  });

  it('writes into what is not a regular file (a named pipe) in place, as there is nothing to rename over', async () => {
    const dir = folder();
    const pipe = join(dir, 'pipe');
    if (spawnSync('mkfifo', [pipe]).status !== 0) return expect.fail('mkfifo is needed for this test');
    const received = new Promise<string>((resolve, reject) => {
      let text = '';
      createReadStream(pipe, 'utf8').on('data', (chunk) => (text += String(chunk))).on('end', () => resolve(text)).on('error', reject);
    });
    await replaceFile(pipe, pieces(2000));
    expect(await received).toBe(whole);
    expect(lstatSync(pipe).isFIFO()).toBe(true);
    expect(readdirSync(dir)).toEqual(['pipe']);
  });

  it('says a folder given as the output is a folder, and writes nothing', async () => {
    const dir = folder();
    mkdirSync(join(dir, 'reports'));
    await expect(writeOutputPieces(createProcessIo(), pieces(10), join(dir, 'reports'))).rejects.toThrow('cannot write (it is a folder)');
    expect(readdirSync(dir)).toEqual(['reports']);
    expect(readdirSync(join(dir, 'reports'))).toEqual([]);
  });

  it('says a missing folder is missing', async () => {
    await expect(writeOutputPieces(createProcessIo(), ['x\n'], join(root, 'no-such-folder', 'map.json'))).rejects.toThrow('cannot write (its folder does not exist)');
  });
});
