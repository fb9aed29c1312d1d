import { describe, expect, it } from 'vitest';
import type { CliIo, CliStream } from '../../cli/io.ts';
import { writeOutputPieces } from '../../cli/output.ts';

/** A stdout that queues: `write` returns false until `drain` is emitted by the test. */
function queueingStdout(log: string[]): CliStream & { drain(): void } {
  let listener: (() => void) | undefined;
  return {
    write(text: string) {
      log.push(`write ${text}`);
      return false;
    },
    once(event: 'drain', fn: () => void) {
      log.push(`once ${event}`);
      listener = fn;
    },
    drain() {
      const fn = listener;
      listener = undefined;
      fn?.();
    },
  };
}

function ioWith(stdout: CliStream, files: Record<string, string> = {}): CliIo {
  return {
    stdout,
    stderr: { write: () => undefined },
    readFile: () => Promise.reject(new Error('unused')),
    readStdin: () => Promise.reject(new Error('unused')),
    writeFile: (path, pieces) => {
      files[path] = [...pieces].join('');
      return Promise.resolve();
    },
    sameFile: () => Promise.resolve(false),
    env: {},
  };
}

describe('writeOutputPieces', () => {
  it('asks for the next piece only once stdout has drained the last', async () => {
    const log: string[] = [];
    const stdout = queueingStdout(log);
    function* pieces(): Generator<string> {
      for (const piece of ['a', 'b', 'c\n']) {
        log.push(`make ${piece}`);
        yield piece;
      }
    }
    const done = writeOutputPieces(ioWith(stdout), pieces(), undefined);
    for (let i = 0; i < 3; i++) {
      await Promise.resolve();
      stdout.drain();
    }
    await done;
    expect(log).toEqual(['make a', 'write a', 'once drain', 'make b', 'write b', 'once drain', 'make c\n', 'write c\n', 'once drain']);
  });

  it('writes everything at once to a stream that never queues, and joins the pieces for --output', async () => {
    let text = '';
    await writeOutputPieces(ioWith({ write: (piece) => void (text += piece) }), ['x', 'y\n'], undefined);
    expect(text).toBe('xy\n');
    const files: Record<string, string> = {};
    await writeOutputPieces(ioWith({ write: () => undefined }, files), ['x', 'y\n'], 'out.json');
    expect(files).toEqual({ 'out.json': 'xy\n' });
  });
});
