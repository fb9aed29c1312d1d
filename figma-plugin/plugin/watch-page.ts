import type { NodeChangeEvent, PluginAPI } from '@figma/plugin-typings/plugin-api-standalone';

/** What watching the page needs of `figma`. */
export type WatchedFigma = Pick<PluginAPI, 'currentPage' | 'on' | 'off'>;

/**
 * Calls `onEdit` whenever someone changes the page the user is on. It listens to the page's
 * `nodechange` event, which works under `documentAccess: "dynamic-page"` without loading every
 * page first (the document-wide `documentchange` would need `figma.loadAllPagesAsync()`,
 * docs/figma-plugin-api.md "Document events"), and follows the user to another page. Changes to
 * nodes `isOwn` claims (the plugin's own gap markers) are ignored, so an audit that replaces its
 * markers does not trigger itself. Returns the function that stops watching.
 */
export function watchPage(figma: WatchedFigma, onEdit: () => void, isOwn: (id: string) => boolean): () => void {
  let page = figma.currentPage;
  const onNodeChange = (event: NodeChangeEvent): void => {
    if (event.nodeChanges.some((change) => !isOwn(change.id))) onEdit();
  };
  const onPageChange = (): void => {
    page.off('nodechange', onNodeChange);
    page = figma.currentPage;
    page.on('nodechange', onNodeChange);
    onEdit();
  };
  page.on('nodechange', onNodeChange);
  figma.on('currentpagechange', onPageChange);
  return () => {
    page.off('nodechange', onNodeChange);
    figma.off('currentpagechange', onPageChange);
  };
}
