/**
 * What `cjm` needs to know about each platform's REST API to read a board: where it is, how a
 * token is sent, which variable holds the token and which scope reading needs. The facts and
 * their sources are in docs/remote-apis.md.
 */
export interface RemotePlatform {
  readonly id: 'miro' | 'figma';
  /** How messages name the API: `the Miro API`. */
  readonly name: string;
  /** The production API. */
  readonly defaultBase: string;
  /** The variable that moves the API elsewhere (tests point it at a local emulation). */
  readonly baseEnv: string;
  /** The variable the token is read from, unless `--token-env` names another. */
  readonly tokenEnv: string;
  /** The scope(s) a token needs to read a board, as a phrase. */
  readonly scopes: string;
  /** Where a user gets a token, for the message about a missing one. */
  readonly tokenHelp: string;
  /** What the API calls the thing read: `board`, `file`. */
  readonly thing: string;
  /** The request headers that carry `token`. */
  authHeaders(token: string): Record<string, string>;
}

/**
 * Miro REST API v2: `Authorization: Bearer <token>`; `GET /v2/boards/{id}/items` needs
 * `boards:read` (docs/remote-apis.md, "Miro").
 */
export const MIRO_API: RemotePlatform = {
  id: 'miro',
  name: 'the Miro API',
  defaultBase: 'https://api.miro.com',
  baseEnv: 'CJM_MIRO_API',
  tokenEnv: 'MIRO_TOKEN',
  scopes: 'boards:read',
  tokenHelp: "an access token of a Miro app with the boards:read scope (developers.miro.com: your app → 'Install app and get OAuth token')",
  thing: 'board',
  authHeaders: (token) => ({ Authorization: `Bearer ${token}` }),
};

/**
 * Figma REST API: personal access tokens go in `X-Figma-Token`; `GET /v1/files/:key` and
 * `/nodes` need `file_content:read` (or the deprecated `files:read`) (docs/remote-apis.md, "Figma").
 */
export const FIGMA_API: RemotePlatform = {
  id: 'figma',
  name: 'the Figma API',
  defaultBase: 'https://api.figma.com',
  baseEnv: 'CJM_FIGMA_API',
  tokenEnv: 'FIGMA_TOKEN',
  scopes: 'file_content:read (or the older files:read)',
  tokenHelp: 'a Figma personal access token with the file_content:read scope (Figma: Settings → Security → Personal access tokens)',
  thing: 'file',
  authHeaders: (token) => ({ 'X-Figma-Token': token }),
};
