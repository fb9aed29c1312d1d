import { useState } from 'preact/hooks';
import type { Locale } from '../core/index.ts';
import { describeError } from './describe-error.ts';
import { downloadFile } from './download.ts';
import type { AuditOutcome, ExportFormat, PanelHost } from './panel-host.ts';
import type { UiStrings } from './strings.ts';

const FORMATS: readonly ExportFormat[] = ['json', 'csv', 'md'];

/** The "Export" tab: the map the last audit read, as cjm/1 JSON, CSV or a Markdown report. */
export function ExportTab(props: { readonly host: PanelHost; readonly outcome?: AuditOutcome; readonly locale: Locale; readonly strings: UiStrings }) {
  const { strings } = props;
  const [mapIndex, setMapIndex] = useState(0);
  const [message, setMessage] = useState<{ readonly error: boolean; readonly text: string } | undefined>(undefined);
  const maps = props.outcome?.maps ?? [];
  if (maps.length === 0) return <p class="p-small">{strings.exportNeedsAudit}</p>;
  const index = mapIndex < maps.length ? mapIndex : 0;
  const exportAs = (format: ExportFormat) => {
    props.host.exportMap({ format, mapIndex: index, locale: props.locale }).then(
      (file) => {
        downloadFile(file);
        setMessage({ error: false, text: strings.downloaded(file.fileName) });
      },
      (error: unknown) => setMessage({ error: true, text: describeError(error, strings) }),
    );
  };
  return (
    <div class="cjm-export">
      <p class="p-small">{strings.exportIntro}</p>
      {maps.length > 1 ? (
        <div class="form-group">
          <label for="cjm-export-map">{strings.exportMap}</label>
          <select id="cjm-export-map" class="select" value={String(index)} onChange={(event) => setMapIndex(Number(event.currentTarget.value))}>
            {maps.map((audited, i) => (
              <option key={i} value={String(i)}>
                {audited.map.title}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div class="cjm-buttons">
        {FORMATS.map((format) => (
          <button key={format} type="button" class="button button-secondary button-small" data-format={format} onClick={() => exportAs(format)}>
            {strings.formats[format]}
          </button>
        ))}
      </div>
      {message ? (
        <p class={message.error ? 'status-text error cjm-status' : 'status-text cjm-status'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
