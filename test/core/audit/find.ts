import { audit } from '../../../core/audit/index.ts';
import type { AuditOptions, Finding, RuleId } from '../../../core/audit/index.ts';
import type { CjmMap } from '../../../core/model/map.ts';

/** The findings of one rule, with the other rules left on (so interplay shows too). */
export function findingsOf(map: CjmMap, rule: RuleId, options: AuditOptions = {}): Finding[] {
  return audit(map, options).filter((finding) => finding.rule === rule);
}
