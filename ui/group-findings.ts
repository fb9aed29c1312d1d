import type { CjmMap } from '../core/index.ts';
import type { PlacedFinding } from './panel-host.ts';

/** The findings of one stage (or of the whole map when `stage` is absent), in audit order. */
export interface FindingGroup {
  /** Absent for the findings about the whole map. */
  readonly stage?: { readonly id: string; readonly name: string; readonly lane?: string };
  readonly findings: readonly { readonly finding: PlacedFinding; readonly index: number }[];
}

/**
 * Groups an audit's findings by stage for the panel: the whole-map group first, then the stages
 * in map order, each finding keeping its index in the audit so a click can name it. A finding
 * about a stage the map does not list stays visible, in the whole-map group.
 */
export function groupFindingsByStage(map: Pick<CjmMap, 'stages'>, findings: readonly PlacedFinding[]): FindingGroup[] {
  const byStage = new Map<string, { finding: PlacedFinding; index: number }[]>();
  const general: { finding: PlacedFinding; index: number }[] = [];
  const known = new Set(map.stages.map((stage) => stage.id));
  findings.forEach((finding, index) => {
    if (finding.stage === undefined || !known.has(finding.stage)) {
      general.push({ finding, index });
      return;
    }
    const list = byStage.get(finding.stage) ?? [];
    list.push({ finding, index });
    byStage.set(finding.stage, list);
  });
  const groups: FindingGroup[] = general.length > 0 ? [{ findings: general }] : [];
  for (const stage of map.stages) {
    const list = byStage.get(stage.id);
    if (!list) continue;
    groups.push({ stage: stage.lane ? { id: stage.id, name: stage.name, lane: stage.lane } : { id: stage.id, name: stage.name }, findings: list });
  }
  return groups;
}
