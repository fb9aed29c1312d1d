import type { Finding } from '../audit/types.ts';
import type { CjmMap } from '../model/map.ts';
import { CjmMapSchema } from '../model/map.ts';

/**
 * The machine-readable audit report: `{ "map": <cjm/1>, "findings": [ … ] }`, two-space indented,
 * with a final line break. Field order is fixed (the map's in schema order, each finding's as
 * `rule, severity, stage, layer, message, hint, where`), so that reports diff cleanly between runs.
 * `where` (the rectangle on the board and the items involved) is there when the map was read
 * from a board.
 */
export function formatJsonReport(map: CjmMap, findings: readonly Finding[]): string {
  // Re-parsing puts the map's keys in schema order. A map that is not valid cjm/1 (built by hand,
  // say) is written as it is: a report must not fail on the map it reports about.
  const parsed = CjmMapSchema.safeParse(map);
  const report = { map: parsed.success ? parsed.data : map, findings: findings.map(orderFinding) };
  return `${JSON.stringify(report, null, 2)}\n`;
}

function orderFinding(finding: Finding): Finding {
  return {
    rule: finding.rule,
    severity: finding.severity,
    ...(finding.stage === undefined ? {} : { stage: finding.stage }),
    ...(finding.layer === undefined ? {} : { layer: finding.layer }),
    message: finding.message,
    hint: finding.hint,
    ...(finding.where === undefined ? {} : { where: finding.where }),
  };
}
