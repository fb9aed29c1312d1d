import { planBoard } from '../../../core/index.ts';
import type { CjmMap } from '../../../core/index.ts';
import type { RemoteDeps } from '../../../cli/remote/remote-deps.ts';
import { run } from '../../../cli/run.ts';
import { planToFigmaRest } from '../../support/export-figma-rest.ts';
import { planToMiroRest } from '../../support/export-miro-rest.ts';
import type { MiroRestPage } from '../../support/export-miro-rest.ts';
import { LUMUS_MAP } from '../../support/lumus-map.ts';
import { createFakeIo } from '../fake-io.ts';
import type { FakeIo } from '../fake-io.ts';

/** Tokens the emulation knows. Long and distinctive, so a leak is easy to find in any output. */
export const MIRO_TOKEN = 'eyJtaXJvIjoidGVzdC10b2tlbi03ZjNhOWMyZTUxIn0';
export const FIGMA_TOKEN = 'figd_test-token-9b2c4e6a8d0f1357';

/** The Miro board id the emulation serves, and its link. */
export const BOARD_ID = 'uXjVKtest0=';
export const BOARD_LINK = `https://miro.com/app/board/${BOARD_ID}/?share_link_id=123456789`;

/** The FigJam file key the emulation serves. */
export const FIGJAM_KEY = 'AbCdEfGhIjKlMnOpQrStUv';

/**
 * The Lumus map with enough notes that its Miro listing needs several pages of 50: every cell
 * gets four more, so paging, frames and children are all exercised.
 */
export const BIG_MAP: CjmMap = {
  ...LUMUS_MAP,
  notes: [
    ...LUMUS_MAP.notes,
    ...LUMUS_MAP.stages.flatMap((stage) =>
      LUMUS_MAP.layers.flatMap((layer) => [1, 2, 3, 4].map((n) => ({ stage: stage.id, layer: layer.id, text: `${layer.title} ${stage.name} ${n}` }))),
    ),
  ],
};

/** The board's items as Miro lists them (frames with their children, positions frame-relative). */
export function miroItemsOf(map: CjmMap): Record<string, unknown>[] {
  const page = planToMiroRest(planBoard(map), { framesAsParents: true, boardId: BOARD_ID }) as MiroRestPage;
  return page.data.map((item) => ({ ...item }));
}

/** The FigJam file Figma returns for the board the plugin draws from `map`, markers included. */
export function figjamFileOf(map: CjmMap): Record<string, unknown> {
  return planToFigmaRest(planBoard(map), { editor: 'figjam', markers: true, name: 'Lumus CJM' });
}

/** A clock that waits no real time: `sleep` records what was asked and moves `now` on. */
export interface VirtualClock {
  readonly deps: Partial<RemoteDeps>;
  /** Every wait asked for, in order (ms). */
  readonly waits: number[];
  /** The virtual time waited in total (ms). */
  readonly waited: () => number;
}

/** A {@link VirtualClock}; jitter is fixed at its middle, so waits are exact. */
export function virtualClock(timeoutMs = 2000): VirtualClock {
  let now = Date.UTC(2026, 0, 15, 9, 0, 0);
  const waits: number[] = [];
  return {
    deps: {
      sleep: (ms) => {
        waits.push(ms);
        now += ms;
        return Promise.resolve();
      },
      now: () => now,
      random: () => 0.5,
      timeoutMs,
    },
    waits,
    waited: () => waits.reduce((sum, ms) => sum + ms, 0),
  };
}

/** Options of {@link runRemote}. */
export interface RemoteRunOptions {
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly clock?: VirtualClock;
  /** Whether stderr claims to be a terminal (the progress line shows only then). */
  readonly ttyStderr?: boolean;
  /** Files that exist in memory (a saved export read back). */
  readonly files?: Readonly<Record<string, string>>;
}

/** What one run did. */
export interface RemoteRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly written: ReadonlyMap<string, string>;
  /** Everything the run put anywhere: stdout, stderr and written files. */
  readonly everything: string;
}

/** Runs `cjm ARGS` in-process with the fake io, the given environment and a virtual clock. */
export async function runRemote(argv: readonly string[], options: RemoteRunOptions = {}): Promise<RemoteRun> {
  const base = createFakeIo({ env: options.env ?? {}, ...(options.files ? { files: options.files } : {}) });
  let stderr = '';
  const io: FakeIo = {
    ...base,
    stderr: { write: (text) => void (stderr += text), isTTY: options.ttyStderr ?? false },
    remote: (options.clock ?? virtualClock()).deps,
  };
  const code = await run(argv, io);
  const stdout = base.stdoutText();
  return { code, stdout, stderr, written: base.written, everything: [stdout, stderr, ...base.written.values()].join('\n') };
}
