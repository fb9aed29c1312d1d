import type { FakeMiro, loadMiroRest } from '../../miro-app/fake/index.ts';
import type { FigjamSession } from './figjam-session.ts';

/** What the panel's window hands the playground page: its fake board and how to load a REST export onto it. */
export interface AttachedMiro {
  readonly fake: FakeMiro;
  readonly loadMiroRest: typeof loadMiroRest;
}

/** The playground page's window, as the frames inside it see it. */
export interface PlaygroundWindow extends Window {
  cjmPlayground?: {
    attachMiro(attached: AttachedMiro): void;
    /** The fake board now attached: what the browser tests inspect. */
    miro?: AttachedMiro;
    /** The FigJam tab's editor, once the tab was shown (browser tests). */
    figjam?: FigjamSession;
  };
}
