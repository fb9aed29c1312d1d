import type { Rect } from '../../core/index.ts';
import type { MiroBoardApi, MiroItem } from '../adapter/index.ts';

/**
 * The part of `miro.board` the panel uses: what the adapter uses (`MiroBoardApi`) and the
 * viewport's `set` and `zoomTo`, to bring a finding's cell (or its items) into view, and `select`
 * to select the notes it is about. The real `miro.board` fits it (main.tsx
 * assigns the SDK's board to it, so the compiler checks), and so does the fake in miro-app/fake.
 */
export interface PanelBoard extends MiroBoardApi {
  /** The board's id (`miro.board.getInfo`); the playground's emulated board may have none. */
  getInfo?(): Promise<{ readonly id: string }>;
  /**
   * Selection (docs/miro-web-sdk.md, "Selection"). Optional: the playground's emulated board or an
   * older SDK may lack them, and showing a finding still works by the view alone.
   */
  select?(filter: { id: string[] }): Promise<readonly { readonly id: string }[]>;
  deselect?(filter?: { id: string[] }): Promise<unknown>;
  readonly viewport: MiroBoardApi['viewport'] & {
    set(options: { viewport: Rect; padding?: { top: number; right: number; bottom: number; left: number }; animationDurationInMs?: number }): Promise<unknown>;
    zoomTo(items: MiroItem | MiroItem[]): Promise<void>;
  };
}
