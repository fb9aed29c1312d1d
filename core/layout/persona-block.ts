import type { Point } from '../geometry.ts';
import type { Locale } from '../i18n.ts';
import type { Persona } from '../model/map.ts';
import { formatPersonaText } from '../text/persona-text.ts';
import { estimateTextHeight } from './measure-text.ts';
import type { PlanSettings } from './plan-settings.ts';
import type { ItemDraft } from './plan-item.ts';

/**
 * Lays out the persona block: one shape at `at`, `width` wide, as tall as its text needs. The text
 * is the one the board reader parses back (`formatPersonaText`), so the block round-trips.
 */
export function planPersonaBlock(persona: Persona, locale: Locale, at: Point, width: number, settings: PlanSettings): ItemDraft {
  const text = formatPersonaText(persona, locale);
  const fontSize = settings.personaFontSize;
  const height = Math.max(settings.personaMinHeight, estimateTextHeight(text, { width, fontSize, padding: settings.gap }));
  return {
    key: 'persona',
    role: 'persona',
    shape: 'shape',
    rect: { x: at.x, y: at.y, width, height },
    text,
    color: 'persona',
    fontSize,
  };
}
