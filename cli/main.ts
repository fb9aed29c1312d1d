// The `cjm` executable (dist/cjm.mjs; esbuild adds the `#!/usr/bin/env node` line).
// Everything testable lives in run.ts; this file only connects it to the real process.
import process from 'node:process';
import { createProcessIo } from './process-io.ts';
import { run } from './run.ts';

// `cjm audit … | head` closes the pipe early: that is not an error worth a stack trace. Any other
// failure to write stdout (a full disk) still gets its one line.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') process.stderr.write(`cjm: cannot write to standard output (${error.code ?? error.message})\n`);
  process.exit(error.code === 'EPIPE' ? (process.exitCode ?? 0) : 2);
});

// exitCode, not exit(): exit() would cut off output still queued for a pipe.
process.exitCode = await run(process.argv.slice(2), createProcessIo());
