import type { Locale } from '../i18n.ts';
import type { Persona } from '../model/map.ts';

/** Formats a persona as the text of one board item. (Work in progress.) */
export function formatPersonaText(persona: Persona, _locale: Locale): string {
  return persona.name;
}

/** Reads a persona block back. (Work in progress.) */
export function parsePersonaText(_text: string): Persona | undefined {
  return undefined;
}
