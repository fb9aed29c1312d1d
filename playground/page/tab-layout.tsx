import type { ComponentChildren } from 'preact';

/** One playground tab: the toolbar, a notice, the emulated board (and what is under it), the panel on the right. */
export function TabLayout(props: { readonly toolbar: ComponentChildren; readonly message: string; readonly board: ComponentChildren; readonly panel: ComponentChildren }) {
  return (
    <div class="tab-body">
      <div class="board-column">
        {props.toolbar}
        {props.message ? (
          <p class="message" role="alert">
            {props.message}
          </p>
        ) : null}
        {props.board}
      </div>
      {props.panel}
    </div>
  );
}
