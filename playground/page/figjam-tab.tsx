import type { PlaygroundStrings } from './playground-strings.ts';

/** The FigJam tab: the real Figma UI and the plugin's main code on the fake `figma`. */
export function FigjamTab(props: { readonly strings: PlaygroundStrings }) {
  return <p class="board-placeholder">{props.strings.figjamMissing}</p>;
}
