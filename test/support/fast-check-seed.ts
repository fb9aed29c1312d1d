/**
 * Every property test runs on a fixed seed by default, so CI judges each change on the same cases
 * and a red run can be replayed. Tests that pass their own `seed` keep it. `FC_SEED=<number>` runs
 * all properties on another seed; `FC_SEED=random` lets fast-check pick one per run (it prints the
 * seed and path of a failure: pass them to `fc.assert` to replay it).
 */
import fc from 'fast-check';

const DEFAULT_SEED = 20_261_201;
const requested = process.env['FC_SEED'];

if (requested !== 'random') {
  const seed = requested === undefined ? DEFAULT_SEED : Number(requested);
  if (!Number.isSafeInteger(seed)) throw new Error(`FC_SEED must be an integer or "random", got "${requested ?? ''}"`);
  fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
}
