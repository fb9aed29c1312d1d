/**
 * The Miro app's headless entry (index.html, what Miro loads from the manifest's `sdkUri`). Miro
 * delivers `icon:click` to this headless iframe only, so it is the one place that opens the panel
 * (docs/panels.md, "Miro: headless entry and panel").
 *
 * Opened in a plain browser tab (a top-level page, not an iframe inside Miro) there is no board:
 * the page sends the person to the playground, which runs the same panel on an emulated board.
 */
import type { Miro } from '@mirohq/websdk-types';

/** The playground, relative to the app's root. */
const PLAYGROUND_PATH = 'playground/';

if (window.top === window) {
  window.location.replace(new URL(PLAYGROUND_PATH, window.location.href).href);
} else {
  // The SDK's <script> comes after this one: it has run by the time the document is parsed.
  window.addEventListener('DOMContentLoaded', () => {
    const sdk = (window as { miro?: Miro }).miro;
    if (!sdk) return;
    void sdk.board.ui.on('icon:click', () => {
      void sdk.board.ui.openPanel({ url: 'app.html' });
    });
  });
}
