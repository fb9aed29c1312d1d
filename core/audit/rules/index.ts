import type { Rule, RuleId } from '../types.ts';
import { RULE_IDS } from '../types.ts';
import { DUPLICATE_STAGE } from './duplicate-stage.ts';
import { EMPTY_CELL } from './empty-cell.ts';
import { FUNNEL_BOTTLENECK } from './funnel-bottleneck.ts';
import { FUNNEL_INCONSISTENT } from './funnel-inconsistent.ts';
import { MISSING_GOAL } from './missing-goal.ts';
import { MISSING_STAGES_OR_LAYERS } from './missing-stages-or-layers.ts';
import { MISSING_RECOMMENDATIONS } from './missing-recommendations.ts';
import { MISSING_TOUCHPOINTS } from './missing-touchpoints.ts';
import { NEGATIVE_EMOTION_UNADDRESSED } from './negative-emotion-unaddressed.ts';
import { ORPHAN_NOTE } from './orphan-note.ts';
import { PHASE_WITHOUT_STAGE } from './phase-without-stage.ts';
import { UNREADABLE_MAP } from './unreadable-map.ts';

/**
 * The rule registry. A record keyed by id, so the compiler refuses a rule id without a rule;
 * to add a rule, add its id to `RULE_IDS` (where its position sets the listing order) and its
 * file here.
 */
const RULES_BY_ID: Readonly<Record<RuleId, Rule>> = {
  'missing-stages-or-layers': MISSING_STAGES_OR_LAYERS,
  'unreadable-map': UNREADABLE_MAP,
  'missing-touchpoints': MISSING_TOUCHPOINTS,
  'missing-recommendations': MISSING_RECOMMENDATIONS,
  'missing-goal': MISSING_GOAL,
  'empty-cell': EMPTY_CELL,
  'negative-emotion-unaddressed': NEGATIVE_EMOTION_UNADDRESSED,
  'phase-without-stage': PHASE_WITHOUT_STAGE,
  'funnel-inconsistent': FUNNEL_INCONSISTENT,
  'funnel-bottleneck': FUNNEL_BOTTLENECK,
  'orphan-note': ORPHAN_NOTE,
  'duplicate-stage': DUPLICATE_STAGE,
};

/** Every audit rule, in rule order (the order of `RULE_IDS`). */
export const RULES: readonly Rule[] = RULE_IDS.map((id) => RULES_BY_ID[id]);

/** The rule with this id, or undefined (for ids typed by a user). */
export function getRule(id: string): Rule | undefined {
  return RULES.find((rule) => rule.id === id);
}
