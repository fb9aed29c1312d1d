import type { LayerKind } from '../model/vocabulary.ts';
import { matchLayerKind } from '../text/index.ts';
import { headingTitle } from './heading-blocks.ts';

/**
 * The layer kind a text names, or undefined (see `matchLayerKind`). One is made per `readBoard`
 * call and handed to everything that looks for headings, so each distinct text is matched once:
 * heading matching is the costly part of reading a big board, and nested frames look at the
 * same texts again at every level.
 */
export type KindOf = (text: string) => LayerKind | undefined;

/** A {@link KindOf} that remembers every answer it gave. */
export function createKindOf(): KindOf {
  const known = new Map<string, LayerKind | null>();
  return (text) => {
    const cached = known.get(text);
    if (cached !== undefined) return cached ?? undefined;
    // A heading block's title names the kind: "Touchpoints\nWhere do they meet us?"
    const kind = matchLayerKind(text) ?? (/[\r\n]/u.test(text) ? matchLayerKind(headingTitle(text)) : undefined);
    known.set(text, kind ?? null);
    return kind;
  };
}
