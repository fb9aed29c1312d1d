import fc from 'fast-check';
import { test } from 'vitest';
import { arbitraryMap } from './arbitrary-map.ts';
import { CjmMapSchema } from '../../core/model/map.ts';
test('smoke', () => {
  const samples = fc.sample(arbitraryMap(), { numRuns: 200, seed: 1 });
  let s=0,l=0,n=0;
  for (const m of samples) { CjmMapSchema.parse(m); s+=m.stages.length; l+=m.layers.length; n+=m.notes.length; }
  console.log(s/200, l/200, n/200, JSON.stringify(samples[3]).slice(0,600));
  const t = Date.now(); fc.sample(arbitraryMap({vocabularyTitles:true}), 100); console.log('ms', Date.now()-t);
});
