import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    reporters: ['default', './scripts/plain-summary-reporter.ts'],
    // Property tests run hundreds of plans and reads: a second or two on an idle machine, but a
    // shared 2-core CI runner can be several times slower. Time budgets live in `npm run bench`.
    testTimeout: 30_000,
    // Worker threads start and load modules faster than child processes: test/core/read ran about
    // a quarter faster in alternating runs on 2 cores. No test changes the working directory.
    pool: 'threads',
    // Properties that set no seed of their own run on a fixed one (FC_SEED overrides it).
    setupFiles: ['./test/support/fast-check-seed.ts'],
  },
});
