import type { Phase } from '../model/phases.ts';
import type { LayerKind } from '../model/vocabulary.ts';

/** Normalises a heading for comparison. (Work in progress.) */
export function normalizeHeading(text: string): string {
  return text.toLowerCase().replace(/ё/g, 'е').trim();
}

/** The layer kind a row heading names, or undefined. (Work in progress.) */
export function matchLayerKind(_heading: string): LayerKind | undefined {
  return undefined;
}

/** The RACE phase a phase band names, or undefined. (Work in progress.) */
export function matchPhase(_text: string): Phase | undefined {
  return undefined;
}
