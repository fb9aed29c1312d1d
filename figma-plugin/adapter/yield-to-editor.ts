/**
 * Gives the editor its thread back for a moment. Plugin code runs on Figma's main thread, so a
 * long loop of node creation freezes the editor until it ends (docs/figma-plugin-api.md, "Main
 * thread"); awaiting a zero-delay timer between chunks lets it repaint and take input. The
 * sandbox has `setTimeout`.
 */
export function yieldToEditor(): Promise<void> {
  return new Promise((resolve) => {
    setTimeout(resolve, 0);
  });
}
