import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeMarker, encodeMarker } from '../../../core/board/marker.ts';
import type { Marker, MarkerRole } from '../../../core/board/marker.ts';
import { LAYER_KINDS } from '../../../core/model/vocabulary.ts';

const ROLES: MarkerRole[] = ['frame', 'title', 'phase-band', 'stage-header', 'lane-header', 'layer-header', 'cell', 'note', 'persona', 'emotion-curve', 'gap-marker'];

describe('markers', () => {
  it('round-trip any ids short enough to keep, kinds and flags', () => {
    const markerArb: fc.Arbitrary<Marker> = fc.record(
      {
        // 10 characters of at most 3 encoded bytes each fit the 32-byte map field whole
        map: fc.string({ minLength: 1, maxLength: 10 }),
        role: fc.constantFrom(...ROLES),
        stage: fc.string({ minLength: 1, maxLength: 12 }),
        layer: fc.string({ minLength: 1, maxLength: 12 }),
        kind: fc.constantFrom(...LAYER_KINDS),
        required: fc.constant(true),
      },
      { requiredKeys: ['map', 'role'] },
    );
    fc.assert(
      fc.property(markerArb, (marker) => {
        expect(decodeMarker(encodeMarker(marker))).toEqual(marker);
      }),
      { seed: 7 },
    );
  });

  it('keep ids with the separator and Cyrillic intact', () => {
    const marker: Marker = { map: 'a;b', role: 'cell', stage: 'Этап;1', layer: '%20' };
    expect(encodeMarker(marker).split(';')).toHaveLength(5);
    expect(decodeMarker(encodeMarker(marker))).toEqual(marker);
  });

  it('record a layer header’s kind and required flag, and still read five-field markers', () => {
    const header = encodeMarker({ map: 'm1', role: 'layer-header', layer: 'l5', kind: 'touchpoints', required: true });
    expect(header).toBe('cjm1;m1;layer-header;;l5;touchpoints;r');
    expect(decodeMarker('cjm1;m1;layer-header;;l5')).toEqual({ map: 'm1', role: 'layer-header', layer: 'l5' });
  });

  it('survive an id with a lone surrogate instead of throwing', () => {
    expect(decodeMarker(encodeMarker({ map: 'm', role: 'cell', stage: 'a\ud800b' }))).toEqual({ map: 'm', role: 'cell', stage: 'a\ufffdb' });
  });

  it('stay far below Miro’s 256-byte item metadata limit for usual ids', () => {
    const longest = encodeMarker({ map: 'z9x8c7v6b5', role: 'emotion-curve', stage: 's30-2', layer: 'l15-3', kind: 'recommendations', required: true });
    expect(new TextEncoder().encode(longest).length).toBeLessThan(100);
  });

  it.each([
    undefined,
    '',
    'hello',
    'cjm2;m;note;;',
    'cjm1;;note;;',
    'cjm1;m;sticky;;',
    'cjm1;m;note;;;unknown-kind;',
    'cjm1;m;note;;;;;extra',
    'cjm1;m;note;%E0%A4%A;',
  ])('ignore what is not a cjm-kit marker: %j', (raw) => {
    expect(decodeMarker(raw)).toBeUndefined();
  });
});
