import type { Severity } from '../core/index.ts';
import { groupFindingsByStage } from './group-findings.ts';
import type { AuditedMap } from './panel-host.ts';
import type { UiStrings } from './strings.ts';

const SEVERITY_MARKS: Readonly<Record<Severity, string>> = { error: '●', warning: '▲', info: 'i' };

/**
 * One audited map's findings, grouped by stage, most serious first within the audit's order.
 * Each finding is a button: a click (or Enter) asks the host to show its cell. The severity is a
 * word as well as a colour, so it reads without colour too. All board text is rendered as text.
 */
export function FindingsList(props: {
  readonly audited: AuditedMap;
  readonly mapIndex: number;
  readonly strings: UiStrings;
  readonly onShow: (mapIndex: number, findingIndex: number) => void;
}) {
  const { strings } = props;
  const groups = groupFindingsByStage(props.audited.map, props.audited.findings);
  if (groups.length === 0) return <p class="p-small cjm-ok">{strings.noFindings}</p>;
  return (
    <div class="cjm-findings">
      {groups.map((group) => (
        <section key={group.stage?.id ?? '(map)'} class="cjm-finding-group">
          <h4 class="h4 cjm-group-title">{group.stage ? (group.stage.lane ? `${group.stage.name} · ${group.stage.lane}` : group.stage.name) : strings.wholeMap}</h4>
          <ul class="cjm-finding-items">
            {group.findings.map(({ finding, index }) => (
              <li key={index}>
                <button
                  type="button"
                  class={`cjm-finding cjm-severity-${finding.severity}`}
                  title={strings.showOnBoard}
                  data-rule={finding.rule}
                  onClick={() => props.onShow(props.mapIndex, index)}
                >
                  <span class="cjm-severity" aria-hidden="true">
                    {SEVERITY_MARKS[finding.severity]}
                  </span>
                  <span class="cjm-finding-text">
                    <span class="cjm-visually-hidden">{strings.severity[finding.severity]}: </span>
                    <span class="cjm-finding-message">{finding.message}</span>
                    <span class="cjm-finding-hint p-small cjm-muted">{finding.hint}</span>
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
