import { useState } from 'preact/hooks';
import type { PlaygroundStrings } from './playground-strings.ts';

/**
 * The toolbar above an emulated board, the same on both tabs: load the example board, clear the
 * board, add a sticky with a text, zoom out / in, show everything.
 */
export function BoardToolbar(props: {
  readonly strings: PlaygroundStrings;
  readonly label: string;
  /** Prefix of the sticky-text field's id (two toolbars live on one page). */
  readonly idPrefix: string;
  readonly disabled?: boolean;
  readonly onLoadExample: () => void;
  readonly onClear: () => void;
  readonly onAddSticky: (text: string) => void;
  /** Multiplies the zoom: above 1 zooms in. */
  readonly onZoom: (factor: number) => void;
  readonly onFit: () => void;
}) {
  const { strings, disabled } = props;
  const [text, setText] = useState('');
  const add = () => {
    props.onAddSticky(text || '…');
    setText('');
  };
  return (
    <div class="toolbar" role="toolbar" aria-label={props.label}>
      <button type="button" onClick={props.onLoadExample} disabled={disabled}>
        {strings.loadExample}
      </button>
      <button type="button" onClick={props.onClear} disabled={disabled}>
        {strings.clearBoard}
      </button>
      <span class="toolbar-group">
        <label class="visually-hidden" for={`${props.idPrefix}-sticky-text`}>
          {strings.stickyText}
        </label>
        <input id={`${props.idPrefix}-sticky-text`} type="text" value={text} placeholder={strings.stickyText} onInput={(e) => setText(e.currentTarget.value)} onKeyDown={(e) => e.key === 'Enter' && add()} />
        <button type="button" onClick={add} disabled={disabled}>
          {strings.addSticky}
        </button>
      </span>
      <span class="toolbar-group">
        <button type="button" aria-label={strings.zoomOut} title={strings.zoomOut} disabled={disabled} onClick={() => props.onZoom(0.8)}>
          −
        </button>
        <button type="button" aria-label={strings.zoomIn} title={strings.zoomIn} disabled={disabled} onClick={() => props.onZoom(1.25)}>
          +
        </button>
        <button type="button" onClick={props.onFit} disabled={disabled}>
          {strings.fit}
        </button>
      </span>
    </div>
  );
}
