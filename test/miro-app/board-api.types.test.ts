import type { Miro } from '@mirohq/websdk-types';
import { describe, expect, it } from 'vitest';
import type { MiroBoardApi } from '../../miro-app/adapter/board-api.ts';

/** The real `miro.board`, as the official typings declare it, is a MiroBoardApi. */
export function realBoardFits(miro: Miro): MiroBoardApi {
  return miro.board;
}

describe('MiroBoardApi', () => {
  it('is a subset of the real miro.board (checked by tsc; this test only keeps the file in the run)', () => {
    expect(typeof realBoardFits).toBe('function');
  });
});
