import { useEffect, useState } from 'preact/hooks';
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
  const [text, setText] = useState('');
  const [message, setMessage] = useState('');
  const [, setTick] = useState(0);
  useEffect(() => {
    if (!attached) return undefined;
    // The usage line follows the calls the panel makes.
    return attached.fake.subscribe(() => setTick((t) => t + 1));
  }, [attached]);

  const fake = attached?.fake;
  const fit = () => {
    if (!fake) return;
    const bounds = boardBounds(fake);
    if (bounds) fake.person.setViewport(zoomViewport({ x: bounds.x - 100, y: bounds.y - 100, width: bounds.width + 200, height: bounds.height + 200 }, 1));
  };
  const loadExample = () => {
    if (!attached) return;
    fetch(MIRO_EXAMPLE)
      .then((response) => {
        if (!response.ok) throw new Error(`${MIRO_EXAMPLE}: HTTP ${response.status}`);
        return response.json() as Promise<unknown>;
      })
      .then((listing) => {
        for (const id of [...attached.fake.state.items.keys()]) if (attached.fake.state.items.has(id)) attached.fake.person.remove(id);
        const ids = attached.loadMiroRest(attached.fake, listing);
        // Loading is silent (no SDK event): tell the panel the board changed, as an import would.
        attached.fake.emit('items:create', ids.flatMap((id) => attached.fake.state.items.get(id) ?? []));
        fit();
        setMessage('');
      })
      .catch((error: unknown) => setMessage(strings.loadFailed(error instanceof Error ? error.message : String(error))));
  };
  const addSticky = () => {
    if (!fake) return;
    const view = fake.state.viewport;
    const id = fake.person.addSticky(text || '…', { x: view.x + view.width / 2, y: view.y + view.height / 2 });
    fake.person.select([id]);
    setText('');
  };

  return (
    <div class="tab-body">
      <div class="board-column">
        <div class="toolbar" role="toolbar" aria-label={strings.tabs.miro}>
          <button type="button" onClick={loadExample} disabled={!attached}>
            {strings.loadExample}
          </button>
          <button
            type="button"
            disabled={!attached}
            onClick={() => {
              if (!fake) return;
              for (const id of [...fake.state.items.keys()]) if (fake.state.items.has(id)) fake.person.remove(id);
            }}
          >
            {strings.clearBoard}
          </button>
          <span class="toolbar-group">
            <label class="visually-hidden" for="sticky-text">
              {strings.stickyText}
            </label>
            <input id="sticky-text" type="text" value={text} placeholder={strings.stickyText} onInput={(e) => setText(e.currentTarget.value)} onKeyDown={(e) => e.key === 'Enter' && addSticky()} />
            <button type="button" onClick={addSticky} disabled={!attached}>
              {strings.addSticky}
            </button>
          </span>
          <span class="toolbar-group">
            <button type="button" aria-label={strings.zoomOut} title={strings.zoomOut} disabled={!fake} onClick={() => fake && fake.person.setViewport(zoomViewport(fake.state.viewport, 1.25))}>
              −
            </button>
            <button type="button" aria-label={strings.zoomIn} title={strings.zoomIn} disabled={!fake} onClick={() => fake && fake.person.setViewport(zoomViewport(fake.state.viewport, 0.8))}>
              +
            </button>
            <button type="button" onClick={fit} disabled={!fake}>
              {strings.fit}
            </button>
          </span>
        </div>
        {message ? (
          <p class="message" role="alert">
            {message}
          </p>
        ) : null}
        {fake ? <MiroBoardView fake={fake} strings={strings} /> : <p class="board-placeholder">{strings.panelLoading}</p>}
        <p class="usage" data-testid="miro-usage">
          {fake ? strings.usage(fake.calls.length, fake.credits.total) : ''}
        </p>
      </div>
      <iframe class="panel" title="cjm-kit (Miro)" src={`/app.html?playground${latencyParam()}`} style={{ width: `${MIRO_PANEL_WIDTH}px` }} data-testid="miro-panel" />
    </div>
  );
}
