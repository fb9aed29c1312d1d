import type { UiStrings } from './strings.ts';

/** The progress of a generation with its Cancel button (a real button: Enter and Space work). */
export function ProgressBar(props: { readonly done: number; readonly total: number; readonly strings: UiStrings; readonly onCancel: () => void }) {
  const percent = props.total > 0 ? Math.min(100, Math.round((props.done / props.total) * 100)) : 0;
  const label = props.strings.progress(props.done, props.total);
  return (
    <div class="cjm-progress" aria-live="polite">
      <p class="p-small">{props.strings.generating}</p>
      <div class="cjm-progress-track" role="progressbar" aria-valuemin={0} aria-valuemax={props.total} aria-valuenow={props.done} aria-valuetext={label}>
        <div class="cjm-progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <div class="cjm-row">
        <span class="p-small cjm-muted">{label}</span>
        <button type="button" class="button button-secondary button-small" onClick={props.onCancel}>
          {props.strings.cancel}
        </button>
      </div>
    </div>
  );
}
