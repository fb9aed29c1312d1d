import { indexCells } from '../model/cells.ts';
import type { NotesInCell } from '../model/cells.ts';
import type { CjmMap, Note, Stage } from '../model/map.ts';
import type { MetricUnit } from '../text/metric-value.ts';
import { parseMetric } from '../text/metric-value.ts';
import { laneKey } from './stage-keys.ts';

/**
 * The funnel a metrics row describes: how many customers reach each stage and which share of the
 * previous step that is (docs/domain.md, *The repeat-purchase funnel and the bottleneck*).
 *
 * Counts and rates: a count ("Клиентов: 1 200") is a population, a percentage ("Trial → paid
 * 3.5%", "Записались онлайн: 3,5%") is the conversion rate of its step. Only counts are linked:
 * a count follows the previous count of its path, even across a percentage note between them,
 * and its conversion is computed. A rate is never linked to anything — the ratio of two rates
 * means nothing, and a rate that is higher than the one before is not growth — it already is
 * the step's conversion (`rate`).
 *
 * Branches: when the path splits into lanes ("online" / "offline", docs/domain.md, *Funnel rules* 2), each lane is its own
 * path. A lane's first step is compared with the last step before the split, and is marked
 * `branchEntry` because its conversion is the share that took the branch, not a loss. Where the
 * lanes join again, the joined step is compared with the sum of the lanes' last counts — only
 * when every lane has one: a partial sum would make the funnel look as if it grew. Lanes compare
 * like names (`laneKey`): "Онлайн" and "онлайн " are one lane, a blank lane is the main path.
 */

/** A number read from a metric note. */
export interface MetricReading {
  readonly value: number;
  /** `undefined`: neither a count nor a percentage (money, a bare fraction); never compared. */
  readonly unit: MetricUnit | undefined;
}

/** One stage of a funnel. */
export interface FunnelStep {
  /** Id of the stage. */
  readonly stage: string;
  /** Id of the metrics layer the value comes from. */
  readonly layer: string;
  readonly value: number;
  /** See {@link MetricReading.unit}. */
  readonly unit: MetricUnit | undefined;
  /** The text of the note the value was read from. */
  readonly text: string;
  /**
   * Ids of the stages this count is compared with: the previous count of the same path, or the
   * last count of every lane when lanes join. Empty for the first count, for rates and unknown
   * units (never compared), and for a join where a lane has no count.
   */
  readonly from: readonly string[];
  /** The value of the step(s) in `from` (their sum when lanes join). */
  readonly previousValue?: number;
  /**
   * `value / previousValue`: the share of customers that got here from `from`, 0..1 in a consistent
   * funnel, above 1 when the metric grows. Absent without `from` or when `previousValue` is 0.
   */
  readonly conversion?: number;
  /**
   * A percentage step: the conversion rate its note states, as a share (3.5% → 0.035). It is the
   * step's conversion as the map gives it; absent for counts and unknown units.
   */
  readonly rate?: number;
  /** True for the first valued step of a lane after the split: the conversion is a share, not a drop. */
  readonly branchEntry: boolean;
}

/** The funnel of one metrics layer. */
export interface Funnel {
  /** Id of the metrics layer. */
  readonly layer: string;
  readonly steps: readonly FunnelStep[];
}

/**
 * Reads the number of a metric note: the `value` the board reader stored, or else the number in
 * the text. The unit is what the text parser says: `undefined` for money and bare fractions
 * ("2 500 ₽", "CR 2.4"), which are then compared with nothing. When the parser finds no number
 * at all but the note carries a `value`, a "%" in the text still marks a percentage and anything
 * else counts customers.
 */
export function readMetric(note: Note): MetricReading | undefined {
  const parsed = parseMetric(note.text);
  const value = note.value ?? parsed?.value;
  if (value === undefined || !Number.isFinite(value)) return undefined;
  if (parsed) return { value, unit: parsed.unit };
  return { value, unit: note.text.includes('%') ? 'percent' : 'count' };
}

/**
 * The funnels of every metrics layer that has at least one number, in layer order. `notesIn`:
 * the map's cells when the caller indexed them already (`indexCells`), so they are not indexed
 * again per metrics layer.
 */
export function computeFunnels(map: CjmMap, notesIn: NotesInCell = indexCells(map)): Funnel[] {
  return map.layers
    .filter((layer) => layer.kind === 'metrics')
    .map((layer) => ({ layer: layer.id, steps: computeFunnel(map, layer.id, notesIn) }))
    .filter((funnel) => funnel.steps.length > 0);
}

/**
 * The funnel of one metrics layer (`layerId`), or of the first metrics layer with numbers when no
 * layer is given: one step per stage that has a number, in stage order. When a cell holds several
 * numbers, the first note with a number counts. `notesIn` as for {@link computeFunnels}.
 */
export function computeFunnel(map: CjmMap, layerId?: string, notesIn: NotesInCell = indexCells(map)): FunnelStep[] {
  if (layerId === undefined) return computeFunnels(map, notesIn)[0]?.steps.slice() ?? [];
  const valued: { stage: Stage; position: number; note: Note; reading: MetricReading }[] = [];
  map.stages.forEach((stage, position) => {
    for (const note of notesIn(stage.id, layerId)) {
      const reading = readMetric(note);
      if (reading) {
        valued.push({ stage, position, note, reading });
        break;
      }
    }
  });

  const steps: FunnelStep[] = [];
  valued.forEach((current, index) => {
    const base = { stage: current.stage.id, layer: layerId, ...current.reading, text: current.note.text };
    if (current.reading.unit !== 'count') {
      // A rate is the step's own conversion, and an unknown unit is compared with nothing.
      const rate = current.reading.unit === 'percent' ? { rate: current.reading.value / 100 } : {};
      steps.push({ ...base, ...UNLINKED, ...rate });
      return;
    }
    // Counts follow counts: a "CR 3,5%" note between two counts must not cut the funnel in two.
    const earlier = valued.slice(0, index).filter((step) => step.reading.unit === 'count');
    const link = laneKey(current.stage) === undefined ? linkJoin(map.stages, earlier, current) : linkLane(earlier, current);
    steps.push({ ...base, ...link });
  });
  return steps;
}

/**
 * The bottleneck of a funnel: the step that passes the smallest share of customers on. Both kinds
 * of share compete, since both are "the share that passes this step": the `conversion` computed
 * between two counts and the `rate` a percentage note states. A stated 3.5% at checkout is a
 * narrower step than a computed 18% into the cart, wherever the two sit in the row.
 *
 * Only losses are candidates (a share below 1): growth is `funnel-inconsistent`'s business, and
 * branch entries split customers rather than lose them. Needs two candidates to compare; the
 * first one wins a tie. Undefined when there is nothing to compare. The caller tells the two
 * kinds apart by `conversion` (computed) or `rate` (stated).
 */
export function findBottleneck(steps: readonly FunnelStep[]): FunnelStep | undefined {
  const candidates = steps.filter((step) => (step.conversion !== undefined && !step.branchEntry) || step.rate !== undefined);
  if (candidates.length < 2) return undefined;
  return findLowest(candidates, passedShare, 1);
}

/** The share of customers a step passes on: its computed conversion, or else its stated rate. */
function passedShare(step: FunnelStep): number | undefined {
  return step.conversion ?? step.rate;
}

/** The first step whose `measure` is the lowest below `ceiling`. */
function findLowest(steps: readonly FunnelStep[], measure: (step: FunnelStep) => number | undefined, ceiling: number): FunnelStep | undefined {
  let worst: FunnelStep | undefined;
  let lowest = ceiling;
  for (const step of steps) {
    const value = measure(step) ?? ceiling;
    if (value < lowest) {
      worst = step;
      lowest = value;
    }
  }
  return worst;
}

interface Valued {
  readonly stage: Stage;
  readonly position: number;
  readonly reading: MetricReading;
}

type Link = Pick<FunnelStep, 'from' | 'previousValue' | 'conversion' | 'branchEntry'>;

const UNLINKED: Link = { from: [], branchEntry: false };

/** A lane's step follows the last step of the same lane, or the trunk step before the split. */
function linkLane(earlier: readonly Valued[], current: Valued): Link {
  const lane = laneKey(current.stage);
  const previous = earlier[findLastIndex(earlier, (step) => laneKey(step.stage) === lane || laneKey(step.stage) === undefined)];
  if (!previous) return UNLINKED;
  return makeLink([previous], current, laneKey(previous.stage) === undefined);
}

/** A trunk step follows the trunk step before it, or the sum of the lanes that join into it. */
function linkJoin(stages: readonly Stage[], earlier: readonly Valued[], current: Valued): Link {
  const trunkIndex = findLastIndex(earlier, (step) => laneKey(step.stage) === undefined);
  const trunk = earlier[trunkIndex];
  const laneSteps = earlier.slice(trunkIndex + 1);
  if (laneSteps.length === 0) return trunk ? makeLink([trunk], current, false) : UNLINKED;

  // Every lane drawn between the trunk step and this one must have a number, or the sum is partial.
  const from = trunk ? trunk.position + 1 : 0;
  const lanes = new Set(stages.slice(from, current.position).flatMap((stage) => laneKey(stage) ?? []));
  const lastOfLane = [...lanes].map((lane) => laneSteps[findLastIndex(laneSteps, (step) => laneKey(step.stage) === lane)]);
  const ends = lastOfLane.filter((step): step is Valued => step !== undefined);
  if (ends.length !== lastOfLane.length) return UNLINKED;
  return makeLink(ends, current, false);
}

/** Links a count with the count(s) before it; every `Valued` here is a count. */
function makeLink(previous: readonly Valued[], current: Valued, branchEntry: boolean): Link {
  const previousValue = previous.reduce((sum, step) => sum + step.reading.value, 0);
  const link: Link = { from: previous.map((step) => step.stage.id), previousValue, branchEntry };
  return previousValue > 0 ? { ...link, conversion: current.reading.value / previousValue } : link;
}

/** `Array.prototype.findLastIndex`, which ES2022 (our target) lacks. */
function findLastIndex<T>(items: readonly T[], predicate: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) {
    if (predicate(items[i] as T)) return i;
  }
  return -1;
}
