import type { Locale } from '../i18n.ts';
import type { CjmMap } from '../model/map.ts';
import type { MapGeometry } from '../read/types.ts';
import { createAuditContext } from './context.ts';
import type { AuditContext } from './context.ts';
import { locateFinding } from './locate-finding.ts';
import { RULES } from './rules/index.ts';
import type { AuditOptions, Finding, Rule, RuleFinding, Severity } from './types.ts';

/**
 * Audits a journey map against the rules of docs/domain.md (*What an audit looks for*) and returns
 * what it found, in a deterministic order: first the findings about the whole map (no stage),
 * then stage by stage in map order; within each, in rule order (`RULE_IDS`), then in the order
 * the rule reports them (layer order, note order).
 *
 * Messages and hints are in `options.locale`, or the map's locale. With `options.geometry` (where
 * the map was read on a board) every finding says where it is (`Finding.where`). The map is not
 * changed.
 */
export function audit(map: CjmMap, options: AuditOptions = {}): Finding[] {
  const locale = options.locale ?? map.locale;
  const context = createAuditContext(map, options);
  const found: { finding: Finding; stagePosition: number; ruleIndex: number; index: number }[] = [];
  RULES.forEach((rule, ruleIndex) => {
    const setting = options.rules?.[rule.id];
    if (setting === 'off') return;
    for (const raw of rule.check(context)) {
      const finding = toFinding(rule, setting ?? rule.severity, raw, locale, options.geometry, context);
      // Findings about an unknown stage id (none today) go with the whole-map ones, not lost.
      const stagePosition = raw.stage === undefined ? -1 : context.stagePosition(raw.stage);
      found.push({ finding, stagePosition, ruleIndex, index: found.length });
    }
  });
  found.sort((a, b) => a.stagePosition - b.stagePosition || a.ruleIndex - b.ruleIndex || a.index - b.index);
  return found.map((entry) => entry.finding);
}

function toFinding(rule: Rule, severity: Severity, raw: RuleFinding, locale: Locale, geometry: MapGeometry | undefined, context: AuditContext): Finding {
  const where = geometry && locateFinding(raw, geometry, context.notesIn);
  // Built key by key so that JSON output has one field order and no `"stage": undefined` holes.
  return {
    rule: rule.id,
    severity,
    ...(raw.stage === undefined ? {} : { stage: raw.stage }),
    ...(raw.layer === undefined ? {} : { layer: raw.layer }),
    message: raw.message[locale],
    hint: raw.hint[locale],
    ...(where ? { where } : {}),
  };
}
