import type { Miro } from '@mirohq/websdk-types';
import { describe, expect, it } from 'vitest';
import type { MiroBoardApi } from '../../miro-app/adapter/board-api.ts';
import { FakeMiro } from '../../miro-app/fake/index.ts';

/** The real `miro.board`, as the official typings declare it, is a MiroBoardApi (checked by tsc). */
export function realBoardFits(miro: Miro): MiroBoardApi {
  return miro.board;
}

/** Every method of MiroBoardApi, to check the fake has them all at run time too. */
const METHODS = ['createFrame', 'createShape', 'createText', 'createStickyNote', 'createConnector', 'get', 'getSelection', 'remove'] as const satisfies readonly (keyof MiroBoardApi)[];

describe('MiroBoardApi', () => {
  it('is what the fake board offers, as functions, with storage, ui events and the viewport', () => {
    const board: MiroBoardApi = new FakeMiro().board;
    for (const name of METHODS) expect(typeof board[name], name).toBe('function');
    expect(typeof board.storage.collection('x').get).toBe('function');
    expect(typeof board.ui.on).toBe('function');
    expect(typeof board.viewport.get).toBe('function');
  });
});
