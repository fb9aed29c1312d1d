import { countFindings } from '../core/index.ts';
import { FindingsList } from './findings-list.tsx';
import type { AuditOutcome } from './panel-host.ts';
import type { UiStrings } from './strings.ts';

/** What the audit tab shows: the last outcome, whether a run is under way, the last error. */
export interface AuditState {
  readonly outcome?: AuditOutcome;
  readonly running: boolean;
  readonly error?: string;
}

/** The "Audit" tab: scope, live and gap-marker options, counts, findings grouped by stage. */
export function AuditTab(props: {
  readonly state: AuditState;
  readonly strings: UiStrings;
  readonly live: boolean;
  readonly gapMarkers: boolean;
  readonly onLiveChange: (live: boolean) => void;
  readonly onGapMarkersChange: (on: boolean) => void;
  readonly onAudit: () => void;
  readonly onShow: (mapIndex: number, findingIndex: number) => void;
}) {
  const { strings, state } = props;
  const outcome = state.outcome;
  return (
    <div class="cjm-audit">
      <div class="cjm-row">
        <button type="button" class="button button-primary button-small" onClick={props.onAudit} disabled={state.running}>
          {state.running ? strings.auditing : strings.auditNow}
        </button>
        {outcome ? (
          <span class="label label-info" data-testid="audit-scope">
            {strings.scope[outcome.scope]}
          </span>
        ) : null}
      </div>
      <p class="p-small cjm-muted">{strings.scopeHint}</p>
      <label class="checkbox">
        <input type="checkbox" checked={props.live} onChange={(event) => props.onLiveChange(event.currentTarget.checked)} />
        <span>{strings.live}</span>
      </label>
      <label class="checkbox">
        <input type="checkbox" checked={props.gapMarkers} onChange={(event) => props.onGapMarkersChange(event.currentTarget.checked)} />
        <span>{strings.gapMarkers}</span>
      </label>
      {state.error ? (
        <p class="status-text error cjm-status" role="alert">
          {state.error}
        </p>
      ) : null}
      {outcome && outcome.gapMarkers > 0 ? <p class="p-small">{strings.gapMarkersPlaced(outcome.gapMarkers)}</p> : null}
      {outcome?.warnings.map((warning, index) => (
        <p key={index} class="p-small cjm-warning">
          {warning}
        </p>
      ))}
      {outcome && outcome.maps.length === 0 ? <p class="p-small">{strings.noMaps}</p> : null}
      <div aria-live="polite" aria-busy={state.running}>
        {outcome?.maps.map((audited, mapIndex) => {
          const counts = countFindings(audited.findings);
          return (
            <section key={mapIndex} class="cjm-audited-map">
              <h3 class="h3 cjm-map-title">{audited.map.title}</h3>
              <p class="p-small cjm-counts" data-testid="finding-counts">
                {strings.counts(counts.error, counts.warning, counts.info)}
              </p>
              <FindingsList audited={audited} mapIndex={mapIndex} strings={strings} onShow={props.onShow} />
            </section>
          );
        })}
      </div>
    </div>
  );
}
