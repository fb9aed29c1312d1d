import { describe, expect, it } from 'vitest';
import { resolveApiBase } from '../../../cli/remote/api-base.ts';
import { readApiToken } from '../../../cli/remote/api-token.ts';
import { FIGMA_API, MIRO_API } from '../../../cli/remote/remote-platforms.ts';
import { catchInputError } from '../../support/catch-input-error.ts';

describe('readApiToken', () => {
  it('drops what pasting adds: surrounding space, a line break, a Bearer prefix', () => {
    expect(readApiToken(MIRO_API, { MIRO_TOKEN: '  eyJabc.def-ghi\n' }, 'link')).toBe('eyJabc.def-ghi');
    expect(readApiToken(MIRO_API, { MIRO_TOKEN: 'Bearer eyJabc' }, 'link')).toBe('eyJabc');
    expect(readApiToken(FIGMA_API, { OTHER: 'figd_x' }, 'link', 'OTHER')).toBe('figd_x');
  });

  it('names the variable, never the value, when the token cannot be one', () => {
    const error = catchInputError(() => readApiToken(FIGMA_API, { FIGMA_TOKEN: 'figd_ab cd' }, 'link'));
    expect(error.message).toBe('link: FIGMA_TOKEN holds spaces or characters no Figma token has; copy the token again');
    expect(error.message).not.toContain('figd_ab');
    expect(catchInputError(() => readApiToken(FIGMA_API, { FIGMA_TOKEN: '   ' }, 'link')).message).toContain('reading this file needs a token: set FIGMA_TOKEN to a Figma personal access token');
  });
});

describe('resolveApiBase', () => {
  it('is the production API unless overridden, and keeps an override path without its trailing slash', () => {
    expect(resolveApiBase(MIRO_API, {})).toBe('https://api.miro.com');
    expect(resolveApiBase(FIGMA_API, {})).toBe('https://api.figma.com');
    expect(resolveApiBase(MIRO_API, { CJM_MIRO_API: 'http://127.0.0.1:8123/miro/' })).toBe('http://127.0.0.1:8123/miro');
    expect(resolveApiBase(FIGMA_API, { CJM_FIGMA_API: 'https://figma-proxy.example.com' })).toBe('https://figma-proxy.example.com');
  });

  it('refuses plain http to another machine, and what is no address', () => {
    expect(catchInputError(() => resolveApiBase(FIGMA_API, { CJM_FIGMA_API: 'http://10.0.0.5:8080' })).message).toBe(
      'CJM_FIGMA_API: must be an https:// address (http:// only to 127.0.0.1 or localhost), so the token never travels unencrypted',
    );
    expect(catchInputError(() => resolveApiBase(MIRO_API, { CJM_MIRO_API: 'api.miro.com' })).message).toContain('CJM_MIRO_API: not a web address');
  });
});
