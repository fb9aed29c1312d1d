import { matchLayerKind } from '../text/match-heading.ts';
import { matchBandPhase } from './phase-labels.ts';

/**
 * The names platforms give a container nobody named: "Frame 3" (a Figma frame, a Miro frame),
 * "Section 1" (a FigJam or Figma section), and the same typed in Russian («Фрейм 2»,
 * «Секция 1», «Раздел 1»). Facts and addresses: docs/figma-rest.md and docs/miro-rest.md
 * ("Default container names"). Matched whole, case-insensitively, number optional.
 */
const PLACEHOLDER_NAME = /^\s*(frame|section|фрейм|секция|раздел)\s*\d*\s*$/iu;

/**
 * Whether a container's name is only the platform's placeholder. Such a name says nothing about
 * the map: it heads nothing, and it is not an orphan either (it is the container, not content
 * someone wrote), so a joined container named so is read as a blank frame.
 */
export function isPlaceholderName(name: string): boolean {
  return PLACEHOLDER_NAME.test(name);
}

/** Where a name made of two parts is cut: "Online · Reach", "Офлайн — Охват", "Reach / Store", "Reach: Store". */
const PART_SEPARATOR = /\s*(?:·|•|\||—|–|:|\/|,|\s-\s)\s*/u;

/** A container's name read as a phase and what else it says. */
export interface NameParts {
  /** The part naming a RACE phase ("Reach", «Охват», "R"), if one does. */
  readonly phase: string | undefined;
  /** The rest: the whole name when no part names a phase, undefined when the phase is all of it. */
  readonly rest: string | undefined;
}

/**
 * Splits a container's name into the part naming a phase and the rest (a lane, a stage, a block
 * of layers): "Online · Reach" → Reach + Online; «Охват» → Охват alone; "Website" → the rest
 * alone. A name of two parts or more is cut when some of its parts, not all, name a phase ("Reach
 * · Охват" is the phase twice); a name of one part ("Оценка и выбор (ACT)") is a phase or not as
 * a whole.
 */
export function splitContainerName(name: string): NameParts {
  const whole = name.trim();
  if (whole === '') return { phase: undefined, rest: undefined };
  const parts = whole.split(PART_SEPARATOR).filter((part) => part !== '');
  const named = namedPhases(parts);
  const at = named.indexOf(true);
  if (parts.length >= 2 && at >= 0 && named.includes(false)) {
    const rest = parts.filter((_, k) => !named[k]).join(' · ');
    return { phase: parts[at], rest };
  }
  return matchBandPhase(whole) !== undefined ? { phase: whole, rest: undefined } : { phase: undefined, rest: whole };
}

/**
 * Which parts of a name name a phase. A part that names a layer kind too («Действия»: the actions
 * row, and a form of the act phase «Действие») is the rest of a name whose other part names a
 * phase only («Охват — Действия»): the phase is what only a phase can be.
 */
function namedPhases(parts: readonly string[]): boolean[] {
  const named = parts.map((part) => matchBandPhase(part) !== undefined);
  if (parts.length < 2 || !named.every(Boolean)) return named;
  const layers = parts.map((part) => matchLayerKind(part) !== undefined);
  return layers.includes(true) && layers.includes(false) ? layers.map((layer) => !layer) : named;
}

/** Two names are the same heading when they differ only in case and spacing. */
export function sameName(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  const norm = (text: string) => text.trim().replace(/\s+/gu, ' ').toLowerCase().replace(/ё/gu, 'е');
  return norm(a) === norm(b);
}
