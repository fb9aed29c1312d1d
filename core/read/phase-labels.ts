import { PHASE_INFO, PHASES } from '../model/phases.ts';
import type { Phase } from '../model/phases.ts';
import { matchPhase } from '../text/index.ts';
import { headingTitle } from './heading-blocks.ts';

/**
 * Phases as hand-made boards write them: bands and chips ("Reach", "Оценка и выбор (ACT)", a
 * bare letter of R · A · C · E) and stage-name prefixes ("REACH: Поиск", "Охват — Поиск").
 */

/** A band or chip holding only the capital initial of a phase: "R", "(A)", "C.". */
const PHASE_LETTER = /^[\s([{«"']*([PRACE])[\s)\]}»"'.:·•]*$/u;

const BY_LETTER: Readonly<Record<string, Phase>> = { P: 'plan', R: 'reach', A: 'act', C: 'convert', E: 'engage' };

/**
 * The phase a band or chip names: by name or alias (see `matchPhase`, on the title line of a
 * block), or by a bare capital initial. Only ask about texts placed as bands or chips: "A" in a
 * cell is not a phase.
 */
export function matchBandPhase(text: string): Phase | undefined {
  const known = BAND_PHASES.get(text);
  if (known !== undefined) return known ?? undefined;
  const phase = findBandPhase(text);
  if (text.length <= MAX_REMEMBERED_LENGTH) {
    if (BAND_PHASES.size >= MAX_REMEMBERED) BAND_PHASES.clear();
    BAND_PHASES.set(text, phase ?? null);
  }
  return phase;
}

/**
 * Answers of {@link matchBandPhase} already given during one read. Phase matching is tolerant
 * (every word compared with every alias) and the grid finder asks about the same texts again for
 * every way a map may be drawn and every header row it tries; the answer depends on the text
 * alone. `readBoard` empties it before and after each read (reads are synchronous, so one read's
 * answers never serve another, and a bench repeating a read measures the read). Bounded: emptied
 * when full, and long texts (never a band) are not kept.
 */
const BAND_PHASES = new Map<string, Phase | null>();
const MAX_REMEMBERED = 20_000;
const MAX_REMEMBERED_LENGTH = 200;

/** Forgets the answers {@link matchBandPhase} remembered: `readBoard` calls it around each read. */
export function forgetBandPhases(): void {
  BAND_PHASES.clear();
}

function findBandPhase(text: string): Phase | undefined {
  const letter = PHASE_LETTER.exec(text)?.[1];
  if (letter !== undefined) return BY_LETTER[letter];
  return matchPhase(text) ?? matchPhase(headingTitle(text));
}

/** Where a prefix ends: "REACH: Поиск", "Reach — Search", "Охват | Поиск", "R · Поиск". */
const PREFIX = /^\s*([^:|—–·•]{1,40}?)\s*(?::|\||—|–|·|•|\s-\s)\s*(.+)$/su;

/** The words a stage-name prefix may be: phase ids and the phase names, not every alias. */
const PREFIX_NAMES: ReadonlyMap<string, Phase> = new Map(
  PHASES.flatMap((phase) => {
    const info = PHASE_INFO[phase];
    return [phase, info.name.en, info.name.ru, info.longName.en, info.longName.ru].map((name) => [name.toLowerCase().replace(/ё/gu, 'е'), phase] as const);
  }),
);

/**
 * A stage name that starts with its phase: "REACH: Поиск" → reach, "Поиск". The prefix must be
 * a phase id, a phase name or a capital initial: "Покупка — онлайн" is a stage, not the
 * convert phase.
 */
export function splitPhasePrefix(name: string): PhasePrefix | undefined {
  return splitPrefix(name, PREFIX_NAMES);
}

/** A stage name's phase prefix taken off: the phase, the prefix as written, the name left. */
export interface PhasePrefix {
  readonly phase: Phase;
  readonly label: string;
  readonly name: string;
}

/** Every word a phase band may use (`PHASE_INFO` aliases), as a whole prefix. */
const PREFIX_ALIASES: ReadonlyMap<string, Phase> = new Map(
  PHASES.flatMap((phase) => PHASE_INFO[phase].aliases.map((alias) => [alias.toLowerCase().replace(/ё/gu, 'е'), phase] as const)),
);

/**
 * The phase prefixes of a row of stage names. A prefix is a phase id, name or capital initial
 * ({@link splitPhasePrefix}); any other word a phase band uses ("Привлечение — Поиск",
 * "Retention: Renew"), and a stage code ("R1. Поиск", {@link splitPhaseCode}), is one too when
 * the row's prefixes of that kind name two phases or more:
 * then the row is written "phase — stage". Alone, such a word is as likely the stage itself
 * ("Покупка — онлайн", "Покупка — офлайн" name one phase: two stages of a purchase).
 */
export function splitPhasePrefixes(names: readonly string[]): (PhasePrefix | undefined)[] {
  const strict = names.map(splitPhasePrefix);
  const loose = names.map((name, i) => strict[i] ?? splitPrefix(name, PREFIX_ALIASES) ?? splitPhaseCode(name));
  const phases = new Set(loose.flatMap((prefix) => (prefix ? [prefix.phase] : [])));
  return phases.size >= 2 ? loose : strict;
}

/** A stage code: a phase's capital initial and a number before the name ("R1. Поиск", "A2) Trial", "C1 Buy"). */
const PHASE_CODE = /^\s*([PRACE])(\d{1,2})[.):]?\s+(\S.*)$/su;

/**
 * An agency's stage code taken as the phase: "A2. Тест-драйв" → act, "Тест-драйв". Like an
 * alias prefix, only when the row's prefixes name two phases or more ({@link splitPhasePrefixes}):
 * a lone "C1 Sales" may be anything.
 */
function splitPhaseCode(name: string): PhasePrefix | undefined {
  const match = PHASE_CODE.exec(name);
  const letter = match?.[1];
  const rest = match?.[3]?.trim();
  if (letter === undefined || !rest) return undefined;
  const phase = BY_LETTER[letter];
  return phase ? { phase, label: `${letter}${match?.[2] ?? ''}`, name: rest } : undefined;
}

/**
 * A stage header whose last line is its phase written in capitals, under the name ("Discover" /
 * "REACH", «Поиск» / «ОХВАТ»): a tag under the name, as the line over it is in
 * {@link splitPhaseLine}, on the same terms (a phase id, name or initial, all in capitals).
 * Returns the phase, the tag as written and the name; the description keeps the lines between.
 */
export function splitPhaseTail(title: string, description: string | undefined): (PhasePrefix & { readonly description: string }) | undefined {
  if (description === undefined || title.trim() === '') return undefined;
  const lines = description.split('\n');
  const last = (lines[lines.length - 1] ?? '').trim();
  if (!/\p{L}/u.test(last) || last !== last.toUpperCase()) return undefined;
  const split = splitPrefix(`${last}: ${title}`, PREFIX_NAMES);
  return split && split.label === last ? { ...split, description: lines.slice(0, -1).join('\n') } : undefined;
}

function splitPrefix(name: string, words: ReadonlyMap<string, Phase>): PhasePrefix | undefined {
  const match = PREFIX.exec(name);
  const prefix = match?.[1]?.trim();
  const rest = match?.[2]?.trim();
  if (!prefix || !rest) return undefined;
  const letter = PHASE_LETTER.exec(prefix)?.[1];
  const phase = letter !== undefined ? BY_LETTER[letter] : words.get(prefix.toLowerCase().replace(/ё/gu, 'е'));
  return phase ? { phase, label: prefix, name: rest } : undefined;
}

/**
 * A stage header whose first line is its phase written in capitals, the name on the next line
 * ("REACH" / "Discover", «ОХВАТ» / «Поиск», "R" / "Discover"): the capitals make the line a tag,
 * as a chip would be. The line must be a phase id, a phase name or an initial, as a prefix must
 * ({@link splitPhasePrefix}); a title-case "Reach" over a line is a stage named Reach. Returns
 * the phase, the tag as written and the name; the description keeps its later lines.
 */
export function splitPhaseLine(title: string, description: string | undefined): (PhasePrefix & { readonly description: string }) | undefined {
  if (description === undefined || description === '' || !/\p{L}/u.test(title) || title !== title.toUpperCase()) return undefined;
  const [first = '', ...rest] = description.split('\n');
  if (first.trim() === '') return undefined;
  const split = splitPrefix(`${title}: ${first}`, PREFIX_NAMES);
  return split && split.label === title.trim() ? { ...split, description: rest.join('\n') } : undefined;
}
