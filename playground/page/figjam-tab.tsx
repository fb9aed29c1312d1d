import { useEffect, useRef, useState } from 'preact/hooks';
import { BoardToolbar } from './board-toolbar.tsx';
import { fetchExample, messageOf } from './fetch-example.ts';
import { TabLayout } from './tab-layout.tsx';
import { startFigjamSession } from './figjam-session.ts';
import type { FigjamSession } from './figjam-session.ts';
import { FigjamPageView } from './figjam-page-view.tsx';
import type { PlaygroundStrings } from './playground-strings.ts';
import type { PlaygroundWindow } from './playground-window.ts';

/** The Figma plugin's UI window is 400 wide (figma-plugin/plugin/run-plugin.ts, `showUI`). */
export const FIGMA_UI_WIDTH = 400;

/** The example hand-made board (a Figma REST export, examples/), opened on the FigJam page. */
const FIGMA_EXAMPLE = '/examples/figma-board-en.json';

/**
 * The FigJam tab: the real Figma UI (dist/figma-plugin/ui.html) in an iframe, the plugin's main
 * code running beside it on the fake `figma`, and the page drawn from the fake.
 */
export function FigjamTab(props: { readonly strings: PlaygroundStrings }) {
  const { strings } = props;
  const [session, setSession] = useState<FigjamSession>(() => startFigjamSession());
  const [generation, setGeneration] = useState(0);
  const [message, setMessage] = useState('');
  const frame = useRef<HTMLIFrameElement>(null);

  useEffect(() => {
    const iframe = frame.current;
    if (!iframe) return undefined;
    return session.connect(iframe);
  }, [session, generation]);
  useEffect(() => {
    const playground = (window as PlaygroundWindow).cjmPlayground;
    if (playground) playground.figjam = session;
    return () => session.dispose();
  }, [session]);

  const restart = (file?: unknown) => {
    setSession(startFigjamSession(file));
    // A new editor needs a new UI: remounting the iframe makes it say `ready` again.
    setGeneration((g) => g + 1);
  };
  const loadExample = () => {
    fetchExample(FIGMA_EXAMPLE)
      .then((file) => {
        restart(file);
        setMessage('');
      })
      .catch((error: unknown) => setMessage(strings.loadFailed(messageOf(error))));
  };
  const { fake } = session;
  const addSticky = (text: string) => {
    const view = fake.api.viewport.bounds;
    // Not selected afterwards: the person's selection (and the live audit that follows it) stays
    // what it was.
    fake.person.addSticky(text, { x: view.x + view.width / 2 - 120, y: view.y + view.height / 2 - 120 });
  };
  const fit = () => {
    const boxes = fake.describe().map((node) => node.box);
    if (boxes.length === 0) return;
    const left = Math.min(...boxes.map((b) => b[0]));
    const top = Math.min(...boxes.map((b) => b[1]));
    const right = Math.max(...boxes.map((b) => b[0] + b[2]));
    const bottom = Math.max(...boxes.map((b) => b[1] + b[3]));
    const viewport = fake.api.viewport;
    viewport.center = { x: (left + right) / 2, y: (top + bottom) / 2 };
    viewport.zoom = Math.min(viewport.screen.width / (right - left + 200), viewport.screen.height / (bottom - top + 200));
  };

  return (
    <TabLayout
      toolbar={
        <BoardToolbar
          strings={strings}
          label={strings.tabs.figjam}
          idPrefix="figjam"
          onLoadExample={loadExample}
          onClear={() => restart()}
          onAddSticky={addSticky}
          onZoom={(factor) => {
            fake.api.viewport.zoom *= factor;
          }}
          onFit={fit}
        />
      }
      message={message}
      board={<FigjamPageView fake={fake} strings={strings} />}
      panel={<iframe key={generation} ref={frame} class="panel" title="cjm-kit (Figma)" src="/figma-plugin/ui.html" style={{ width: `${FIGMA_UI_WIDTH}px` }} data-testid="figma-ui" />}
    />
  );
}
