import { useEffect, useState } from 'preact/hooks';
import { BoardToolbar } from './board-toolbar.tsx';
import { fetchExample, messageOf } from './fetch-example.ts';
import { TabLayout } from './tab-layout.tsx';
import { boardBounds, MiroBoardView, zoomViewport } from './miro-board-view.tsx';
import type { AttachedMiro } from './playground-window.ts';
import type { PlaygroundStrings } from './playground-strings.ts';

/** Miro's app panel is a narrow column beside the board; the playground gives it the same width. */
export const MIRO_PANEL_WIDTH = 320;

/** The example hand-made Miro board (a Miro REST export, examples/). */
const MIRO_EXAMPLE = '/examples/miro-board-ru.json';

/** The playground's `?latency=MS`, passed on to the fake in the panel's frame. */
function latencyParam(): string {
  const latency = new URLSearchParams(window.location.search).get('latency');
  return latency === null ? '' : `&latency=${encodeURIComponent(latency)}`;
}

/**
 * The Miro tab: the emulated board, its toolbar, and the real Miro panel (app.html with the
 * fake in place of Miro's SDK) in an iframe of Miro's panel width.
 */
export function MiroTab(props: { readonly attached: AttachedMiro | undefined; readonly strings: PlaygroundStrings }) {
  const { attached, strings } = props;
  const [message, setMessage] = useState('');
  const [, setTick] = useState(0);
  useEffect(() => {
    if (!attached) return undefined;
    let frame = 0;
    // The board and the usage line follow the fake; a generation changes it hundreds of times a
    // second, so they are drawn at most once a frame.
    const unsubscribe = attached.fake.subscribe(() => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        setTick((t) => t + 1);
      });
    });
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
    };
  }, [attached]);

  const fake = attached?.fake;
  const fit = () => {
    if (!fake) return;
    const bounds = boardBounds(fake);
    if (bounds) fake.person.setViewport(zoomViewport({ x: bounds.x - 100, y: bounds.y - 100, width: bounds.width + 200, height: bounds.height + 200 }, 1));
  };
  const loadExample = () => {
    if (!attached) return;
    fetchExample(MIRO_EXAMPLE)
      .then((listing) => {
        for (const id of [...attached.fake.state.items.keys()]) if (attached.fake.state.items.has(id)) attached.fake.person.remove(id);
        const ids = attached.loadMiroRest(attached.fake, listing);
        // Loading is silent (no SDK event): tell the panel the board changed, as an import would.
        attached.fake.emit('items:create', ids.flatMap((id) => attached.fake.state.items.get(id) ?? []));
        fit();
        setMessage('');
      })
      .catch((error: unknown) => setMessage(strings.loadFailed(messageOf(error))));
  };
  const addSticky = (text: string) => {
    if (!fake) return;
    const view = fake.state.viewport;
    const id = fake.person.addSticky(text, { x: view.x + view.width / 2, y: view.y + view.height / 2 });
    fake.person.select([id]);
  };

  return (
    <TabLayout
      toolbar={
        <BoardToolbar
          strings={strings}
          label={strings.tabs.miro}
          idPrefix="miro"
          disabled={!attached}
          onLoadExample={loadExample}
          onClear={() => {
            if (!fake) return;
            for (const id of [...fake.state.items.keys()]) if (fake.state.items.has(id)) fake.person.remove(id);
          }}
          onAddSticky={addSticky}
          onZoom={(factor) => fake && fake.person.setViewport(zoomViewport(fake.state.viewport, 1 / factor))}
          onFit={fit}
        />
      }
      message={message}
      board={
        <>
          {fake ? <MiroBoardView fake={fake} strings={strings} /> : <p class="board-placeholder">{strings.panelLoading}</p>}
          <p class="usage" data-testid="miro-usage">
            {fake ? strings.usage(fake.calls.length, fake.credits.total) : ''}
          </p>
        </>
      }
      panel={<iframe class="panel" title="cjm-kit (Miro)" src={`/app.html?playground${latencyParam()}`} style={{ width: `${MIRO_PANEL_WIDTH}px` }} data-testid="miro-panel" />}
    />
  );
}
