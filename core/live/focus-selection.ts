/**
 * Whether the board's `selection` is still exactly what the panel selected to show a finding
 * (`focused`). Such a selection says nothing about what the person wants audited, so the next
 * audit reads what it reads with nothing selected (the whole board or page) instead of narrowing
 * to the map of the finding shown. Any other selection (the person's) narrows it as usual.
 */
export function isFocusSelection(selection: readonly string[] | undefined, focused: readonly string[] | undefined): boolean {
  if (!selection || !focused || selection.length === 0 || selection.length !== focused.length) return false;
  const shown = new Set(focused);
  return selection.every((id) => shown.has(id));
}
