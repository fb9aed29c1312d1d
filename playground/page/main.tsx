/**
 * The playground (`npm start` → /playground/): the real Miro panel beside an emulated Miro board,
 * and the real Figma UI beside an emulated FigJam page, both drawn from the fakes the tests use.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { localeFromLanguages } from '../../ui/locale.ts';
import { FigjamTab } from './figjam-tab.tsx';
import { MiroTab } from './miro-tab.tsx';
import { getPlaygroundStrings } from './playground-strings.ts';
import type { AttachedMiro, PlaygroundWindow } from './playground-window.ts';

type TabKey = 'miro' | 'figjam';

/** The panel's window attaches its fake board here as soon as it loads (miro-sdk-shim.ts). */
let attachListener: ((attached: AttachedMiro) => void) | undefined;
let attachedEarly: AttachedMiro | undefined;
const playground: NonNullable<PlaygroundWindow['cjmPlayground']> = {
  attachMiro(attached) {
    attachedEarly = attached;
    playground.miro = attached;
    attachListener?.(attached);
  },
};
(window as PlaygroundWindow).cjmPlayground = playground;

function Playground() {
  const locale = localeFromLanguages(navigator.languages);
  const strings = getPlaygroundStrings(locale);
  const initial: TabKey = window.location.hash === '#figjam' ? 'figjam' : 'miro';
  const [tab, setTab] = useState<TabKey>(initial);
  // The FigJam editor starts when its tab is first shown, and keeps its page after that.
  const [figjamStarted, setFigjamStarted] = useState(initial === 'figjam');
  const [miro, setMiro] = useState<AttachedMiro | undefined>(attachedEarly);
  useEffect(() => {
    attachListener = setMiro;
    if (attachedEarly) setMiro(attachedEarly);
    document.documentElement.lang = locale;
    document.title = strings.title;
  }, [locale, strings]);
  const select = (key: TabKey) => {
    setTab(key);
    if (key === 'figjam') setFigjamStarted(true);
    window.history.replaceState(null, '', `#${key}`);
  };
  return (
    <div class="playground">
      <header>
        <h1>{strings.title}</h1>
        <p>{strings.intro}</p>
        <div role="tablist" class="tabs" aria-label={strings.title}>
          {(['miro', 'figjam'] as const).map((key) => (
            <button
              key={key}
              type="button"
              role="tab"
              id={`tab-${key}`}
              aria-selected={tab === key}
              aria-controls={`panel-${key}`}
              tabIndex={tab === key ? 0 : -1}
              onClick={() => select(key)}
              onKeyDown={(event) => {
                if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
                  const next = key === 'miro' ? 'figjam' : 'miro';
                  select(next);
                  document.getElementById(`tab-${next}`)?.focus();
                }
              }}
            >
              {strings.tabs[key]}
            </button>
          ))}
        </div>
        <p class="help">{strings.help}</p>
      </header>
      <section role="tabpanel" id="panel-miro" aria-labelledby="tab-miro" hidden={tab !== 'miro'}>
        <MiroTab attached={miro} strings={strings} />
      </section>
      <section role="tabpanel" id="panel-figjam" aria-labelledby="tab-figjam" hidden={tab !== 'figjam'}>
        {figjamStarted ? <FigjamTab strings={strings} /> : null}
      </section>
    </div>
  );
}

const root = document.getElementById('root');
if (root) render(<Playground />, root);
