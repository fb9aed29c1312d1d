// The `cjm` executable (dist/cjm.mjs; esbuild adds the `#!/usr/bin/env node` line).
// Everything testable lives in run.ts; this file only connects it to the real process.
import process from 'node:process';
import { createProcessIo } from './process-io.ts';
import { run } from './run.ts';

// `cjm audit … | head` closes the pipe early: that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

// exitCode, not exit(): exit() would cut off output still queued for a pipe.
process.exitCode = await run(process.argv.slice(2), createProcessIo());
