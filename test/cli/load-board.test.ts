import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EMPTY_MAP_GEOMETRY, InputError, parseMap } from '../../core/index.ts';
import { requireOneMap } from '../../cli/load-board.ts';
import type { LoadedBoard, MapReading } from '../../cli/load-board.ts';
import { formatMapCount } from '../../cli/map-count.ts';
import { fixture } from './fake-io.ts';

const complete = parseMap(JSON.parse(readFileSync(fixture('complete.cjm.json'), 'utf8')));

function boardOf(numbers: readonly number[]): LoadedBoard {
  const readings: MapReading[] = numbers.map((mapNumber) => ({ map: complete, roles: new Map(), warnings: [], geometry: EMPTY_MAP_GEOMETRY, mapNumber }));
  return { label: 'board.json', format: 'miro-rest', readings, mapCount: 3, warnings: [] };
}

describe('requireOneMap', () => {
  it('gives the one map left, whatever its number on the board', () => {
    const board = boardOf([3]);
    expect(requireOneMap(board)).toBe(board.readings[0]);
  });

  it('asks for --map or --select when several maps are left', () => {
    expect(() => requireOneMap(boardOf([1, 2, 3]))).toThrow(
      new InputError('3 maps on the board; pick one with --map N (1–3) or --select ITEM_ID', 'board.json'),
    );
  });
});

describe('formatMapCount', () => {
  it('counts maps in English and with the three Russian forms', () => {
    expect([1, 2, 5].map((n) => formatMapCount(n, 'en'))).toEqual(['1 map', '2 maps', '5 maps']);
    expect([1, 3, 5, 11, 21, 24].map((n) => formatMapCount(n, 'ru'))).toEqual(['1 карта', '3 карты', '5 карт', '11 карт', '21 карта', '24 карты']);
  });
});
