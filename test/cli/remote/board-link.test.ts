import { describe, expect, it } from 'vitest';
import { parseBoardLink } from '../../../cli/remote/board-link.ts';
import { catchInputError } from '../../support/catch-input-error.ts';

describe('parseBoardLink', () => {
  it('is undefined for file names and standard input', () => {
    for (const argument of ['board.json', '-', './miro.com.json', 'C:\\boards\\a.json', 'figma-board-en.json']) expect(parseBoardLink(argument)).toBeUndefined();
  });

  it('reads Miro board links as people copy them', () => {
    const miro = { platform: 'miro', boardId: 'uXjVOfjkmAk=' };
    for (const link of [
      'https://miro.com/app/board/uXjVOfjkmAk=/',
      'https://miro.com/app/board/uXjVOfjkmAk=',
      'https://miro.com/app/board/uXjVOfjkmAk=/?share_link_id=771264857634',
      'https://miro.com/app/board/uXjVOfjkmAk%3D/?moveToWidget=3458764581254877733&cot=14',
      'http://www.miro.com/app/board/uXjVOfjkmAk=/',
      'miro.com/app/board/uXjVOfjkmAk=/',
      '  https://miro.com/app/board/uXjVOfjkmAk=/  ',
    ]) {
      expect(parseBoardLink(link), link).toEqual(miro);
    }
  });

  it('reads Figma and FigJam links, with node ids in the API form', () => {
    expect(parseBoardLink('https://www.figma.com/board/AbC123xyz/Lumus-CJM?node-id=0-1&t=x-1')).toEqual({ platform: 'figma', fileKey: 'AbC123xyz', nodeId: '0:1' });
    expect(parseBoardLink('https://www.figma.com/design/AbC123xyz/Lumus?node-id=12%3A34')).toEqual({ platform: 'figma', fileKey: 'AbC123xyz', nodeId: '12:34' });
    expect(parseBoardLink('https://figma.com/file/AbC123xyz/Old')).toEqual({ platform: 'figma', fileKey: 'AbC123xyz' });
    expect(parseBoardLink('https://www.figma.com/design/AbC123xyz')).toEqual({ platform: 'figma', fileKey: 'AbC123xyz' });
    expect(parseBoardLink('https://www.figma.com/design/AbC123xyz/branch/Br4nch/Lumus')).toEqual({ platform: 'figma', fileKey: 'Br4nch' });
    expect(parseBoardLink('https://www.figma.com/design/AbC123xyz/x?node-id=I5-6;7-8')).toEqual({ platform: 'figma', fileKey: 'AbC123xyz', nodeId: 'I5:6;7:8' });
    expect(parseBoardLink('www.figma.com/board/AbC123xyz/x')).toEqual({ platform: 'figma', fileKey: 'AbC123xyz' });
  });

  it('says what is wrong with a web address it cannot read', () => {
    const cases: [string, string][] = [
      ['https://miro.com/app/dashboard/', 'not a Miro board link: expected https://miro.com/app/board/<board id>/ (open the board and copy its address)'],
      ['https://miro.com/app/board/uXj<V>/', '"uXj<V>" is not a Miro board id'],
      ['https://www.figma.com/proto/AbC123/x', 'this Figma link opens a prototype view; link the file itself (figma.com/design/<key>/… or figma.com/board/<key>/…)'],
      ['https://www.figma.com/files/team/123', 'this Figma link opens the file browser; link the file itself (figma.com/design/<key>/… or figma.com/board/<key>/…)'],
      ['https://www.figma.com/design/', 'not a Figma file link: expected https://www.figma.com/design/<file key>/… or https://www.figma.com/board/<file key>/…'],
      ['https://www.figma.com/design/AbC123/x?node-id=frame', 'node-id "frame" is not a Figma node id (like 12-34)'],
      ['https://docs.google.com/a', 'only Miro board links (miro.com/app/board/…) and Figma or FigJam file links (figma.com/design/…, figma.com/board/…) can be read, not docs.google.com addresses'],
      ['https://', 'not a valid web address'],
    ];
    for (const [link, message] of cases) {
      const error = catchInputError(() => parseBoardLink(link));
      expect(error.message, link).toBe(`${link}: ${message}`);
    }
  });
});
