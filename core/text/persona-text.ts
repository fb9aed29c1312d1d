import type { Locale } from '../i18n.ts';
import type { Persona } from '../model/map.ts';
import { normalizeHeading } from './match-heading.ts';

/**
 * The persona block as the text of one board item, and reading it back from boards.
 *
 * The planner writes:
 * ```
 * Персона: Руководитель отдела продаж
 * Мотивы:
 * • выполнить KPI
 * Сценарии:
 * Драйверы:
 * • …
 * Барьеры:
 * • …
 * ```
 * Every section heading is written even when the section is empty, so the block shows what is
 * still to fill in. Reading accepts both languages and what people write by hand: "Портрет
 * клиента", "Persona — …", sections in any order, "Мотивы: a; b" on one line, "-", "*", "1."
 * bullets, a name on the line after the header, missing sections (read as []).
 */

/** The list sections of a persona, in the order they are written. */
type PersonaSection = 'motives' | 'scenarios' | 'drivers' | 'barriers';

const SECTIONS: readonly PersonaSection[] = ['motives', 'scenarios', 'drivers', 'barriers'];

/** Headings written by {@link formatPersonaText}. */
const WRITTEN_HEADINGS: Readonly<Record<Locale, Readonly<Record<PersonaSection | 'persona', string>>>> = {
  ru: { persona: 'Персона', motives: 'Мотивы', scenarios: 'Сценарии', drivers: 'Драйверы', barriers: 'Барьеры' },
  en: { persona: 'Persona', motives: 'Motives', scenarios: 'Scenarios', drivers: 'Drivers', barriers: 'Barriers' },
};

/** The bullet written before every item. */
const BULLET = '•';

/**
 * Headings that open a persona block, normalized (see `normalizeHeading`): the one list both
 * for reading a block and for telling a block that only starts like one.
 */
export const PERSONA_HEADINGS: ReadonlySet<string> = new Set([
  'персона', 'портрет', 'портрет клиента', 'портрет персоны', 'портрет покупателя', 'персонаж', 'аватар',
  'аватар клиента', 'профиль клиента', 'persona', 'customer persona', 'buyer persona', 'user persona', 'persona name',
  'customer profile', 'customer portrait',
]);

/** Headings of the list sections, normalized. */
const SECTION_HEADINGS: ReadonlyMap<string, PersonaSection> = new Map<string, PersonaSection>([
  ...['мотивы', 'мотив', 'мотивация', 'мотивации', 'motives', 'motive', 'motivation', 'motivations', 'jobs to be done', 'jtbd']
    .map((heading) => [heading, 'motives'] as const),
  ...['сценарии', 'сценарий', 'сценарии использования', 'ситуации', 'scenarios', 'scenario', 'use cases', 'situations']
    .map((heading) => [heading, 'scenarios'] as const),
  ...['драйверы', 'драйвер', 'драйверы покупки', 'почему купит', 'почему покупает', 'drivers', 'driver', 'why buy', 'gains']
    .map((heading) => [heading, 'drivers'] as const),
  ...['барьеры', 'барьер', 'барьеры покупки', 'почему не купит', 'почему не покупает', 'боли', 'страхи', 'возражения',
    'barriers', 'barrier', 'why not buy', 'why not', 'pains', 'objections', 'fears']
    .map((heading) => [heading, 'barriers'] as const),
]);

/**
 * Formats a persona as the text of one board item, headings in `locale`, one `•` item a line.
 * Line breaks inside the name or an item become spaces and empty items are left out, so that
 * {@link parsePersonaText} reads back exactly what was written (the persona itself when its
 * strings are trimmed single lines).
 */
export function formatPersonaText(persona: Persona, locale: Locale): string {
  const headings = WRITTEN_HEADINGS[locale];
  const name = toOneLine(persona.name);
  const lines = [name === '' ? `${headings.persona}:` : `${headings.persona}: ${name}`];
  for (const section of SECTIONS) {
    lines.push(`${headings[section]}:`);
    for (const item of persona[section]) {
      const line = toOneLine(item);
      // An empty item would read back as nothing; leave it out rather than draw a lone bullet.
      if (line !== '') lines.push(`${BULLET} ${line}`);
    }
  }
  return lines.join('\n');
}

/** Joins the lines of a string with spaces: a line break inside an item would split it in two. */
function toOneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

/** A line split at its first label separator (":", or a dash between spaces). */
interface LabelledLine {
  readonly label: string;
  /** The text after the separator; undefined when the line has no separator. */
  readonly rest: string | undefined;
}

/** Splits "Мотивы: a; b" into "Мотивы" and "a; b", "Persona — Anna" into "Persona" and "Anna". */
function splitLabel(line: string): LabelledLine {
  const match = /:|\s[-–—]\s|\s[-–—]$/u.exec(line);
  if (!match) return { label: line, rest: undefined };
  return { label: line.slice(0, match.index), rest: line.slice(match.index + match[0].length).trim() };
}

/**
 * Removes one list marker from the start of a line and reports whether there was one:
 * "•", "·", "▪", "◦", "‣", "●", "○", "✓", "✔", "→", "►" directly, "-", "–", "—", "*", "+" before a
 * space, "1." / "1)" before a space. Only one, so an item that itself starts with "-" survives
 * a round trip.
 */
function stripBullet(line: string): { text: string; bulleted: boolean } {
  const match = /^(?:[•·▪◦‣●○✓✔→►]\s*|[-–—*+]\s+|\d{1,2}[.)]\s+)/u.exec(line);
  if (!match) return { text: line, bulleted: false };
  return { text: line.slice(match[0].length), bulleted: true };
}

/** Splits inline items written after a heading: "a; b", "a • b". */
function splitInline(rest: string): string[] {
  return rest
    .split(/\s*[;•]\s*/u)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/**
 * Reads a persona block, or undefined when the text is not one. A text is a persona when it has
 * a persona header ("Персона:", "Портрет клиента", "Persona —") or at least two section
 * headings (then the first line that is not a section, if any, is the name). Lines before the
 * first section other than the name are ignored — collected in `ignored` when it is given, so
 * that a reader can keep them (a role or a wish written under the name); sections that are
 * missing are [].
 */
export function parsePersonaText(text: string, ignored?: string[]): Persona | undefined {
  const persona: Persona = { name: '', motives: [], scenarios: [], drivers: [], barriers: [] };
  let hasHeader = false;
  let awaitingName = false;
  const sectionsSeen = new Set<PersonaSection>();
  let current: PersonaSection | undefined;
  const looseLines: string[] = [];
  for (const rawLine of text.split(/\r\n|\r|\n/)) {
    const line = rawLine.trim();
    if (line === '') continue;
    const { text: unbulleted, bulleted } = stripBullet(line);
    if (!bulleted) {
      const { label, rest } = splitLabel(line);
      const heading = normalizeHeading(label);
      if (!hasHeader && current === undefined && PERSONA_HEADINGS.has(heading)) {
        hasHeader = true;
        persona.name = rest ?? '';
        awaitingName = persona.name === '';
        continue;
      }
      const section = SECTION_HEADINGS.get(heading);
      if (section !== undefined) {
        current = section;
        sectionsSeen.add(section);
        if (rest) persona[section].push(...splitInline(rest));
        continue;
      }
    }
    if (current !== undefined) {
      if (unbulleted !== '') persona[current].push(unbulleted);
    } else if (awaitingName) {
      persona.name = unbulleted;
      awaitingName = false;
    } else {
      looseLines.push(unbulleted);
    }
  }
  if (!hasHeader) {
    if (sectionsSeen.size < 2) return undefined;
    persona.name = looseLines[0] ?? '';
    looseLines.shift();
  }
  ignored?.push(...looseLines);
  return persona;
}
