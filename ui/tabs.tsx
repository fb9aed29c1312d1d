import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';

/** One tab of {@link Tabs}. */
export interface TabSpec<K extends string> {
  readonly key: K;
  readonly label: string;
  /** A short count shown after the label (the live audit's findings). */
  readonly badge?: string;
}

/**
 * A WAI-ARIA tab list in mirotone's tab look: Tab moves into the list and on to the panel, the
 * arrow keys (and Home/End) move between tabs, as people expect from native tabs.
 */
export function Tabs<K extends string>(props: {
  readonly tabs: readonly TabSpec<K>[];
  readonly active: K;
  readonly onSelect: (key: K) => void;
  readonly idPrefix: string;
  /** Every tab's content. All stay mounted (hidden when not selected): a generation keeps running and a half-filled form keeps its text while the person looks at another tab. */
  readonly panels: Readonly<Record<K, ComponentChildren>>;
}) {
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: KeyboardEvent) => {
    const index = props.tabs.findIndex((tab) => tab.key === props.active);
    const last = props.tabs.length - 1;
    const next =
      event.key === 'ArrowRight' ? (index + 1) % props.tabs.length
      : event.key === 'ArrowLeft' ? (index - 1 + props.tabs.length) % props.tabs.length
      : event.key === 'Home' ? 0
      : event.key === 'End' ? last
      : -1;
    const tab = props.tabs[next];
    if (!tab) return;
    event.preventDefault();
    props.onSelect(tab.key);
    list.current?.querySelectorAll<HTMLElement>('[role="tab"]')[next]?.focus();
  };
  return (
    <div class="tabs cjm-tabs">
      <div class="tabs-header-list" role="tablist" ref={list} onKeyDown={onKeyDown}>
        {props.tabs.map((tab) => {
          const selected = tab.key === props.active;
          return (
            <button
              type="button"
              role="tab"
              key={tab.key}
              id={`${props.idPrefix}-tab-${tab.key}`}
              aria-selected={selected}
              aria-controls={`${props.idPrefix}-panel-${tab.key}`}
              tabIndex={selected ? 0 : -1}
              class={selected ? 'tab tab-active' : 'tab'}
              onClick={() => props.onSelect(tab.key)}
            >
              <span class="tab-text">{tab.label}</span>
              {tab.badge ? <span class="tab-badge">{tab.badge}</span> : null}
            </button>
          );
        })}
      </div>
      {props.tabs.map((tab) => (
        <div
          key={tab.key}
          role="tabpanel"
          id={`${props.idPrefix}-panel-${tab.key}`}
          aria-labelledby={`${props.idPrefix}-tab-${tab.key}`}
          class="cjm-tabpanel"
          hidden={tab.key !== props.active}
        >
          {props.panels[tab.key]}
        </div>
      ))}
    </div>
  );
}
