import { useRef, useState } from 'preact/hooks';
import type { UiStrings } from './strings.ts';

/**
 * Import of a cjm/1 file: a button that opens the file picker (reachable by keyboard, unlike a
 * bare file input styled away) and a zone that takes a dropped file.
 */
export function FileImport(props: { readonly strings: UiStrings; readonly onFile: (file: File) => void; readonly onError: (message: string) => void; readonly disabled?: boolean }) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const take = (files: FileList | null | undefined) => {
    if (!files || files.length === 0) return;
    const [file] = files;
    if (files.length > 1 || !file) {
      props.onError(props.strings.errors.oneFileOnly);
      return;
    }
    props.onFile(file);
  };
  return (
    <div
      class={over ? 'cjm-drop cjm-drop-over' : 'cjm-drop'}
      data-testid="drop-zone"
      onDragEnter={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragOver={(event) => {
        // Without preventDefault the browser refuses the drop (and may open the file instead).
        event.preventDefault();
        if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        if (!props.disabled) take(event.dataTransfer?.files);
      }}
    >
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        class="cjm-visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        onChange={(event) => {
          const target = event.currentTarget;
          take(target.files);
          // Lets the same file be picked again after fixing it.
          target.value = '';
        }}
      />
      <button type="button" class="button button-secondary button-small" disabled={props.disabled} onClick={() => input.current?.click()}>
        {props.strings.chooseFile}
      </button>
      <span class="p-small cjm-muted">{over ? props.strings.dropHere : props.strings.dropHint}</span>
    </div>
  );
}
