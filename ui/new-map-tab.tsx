import { useEffect, useRef, useState } from 'preact/hooks';
import type { CjmMap, Locale } from '../core/index.ts';
import { describeError, isAbortError } from './describe-error.ts';
import { FileImport } from './file-import.tsx';
import { MapPreview } from './map-preview.tsx';
import type { NewMapRequest, PanelHost, TemplateChoice } from './panel-host.ts';
import { ProgressBar } from './progress-bar.tsx';
import { readImportFile } from './read-dropped-file.ts';
import type { UiStrings } from './strings.ts';
import { TemplatePicker } from './template-picker.tsx';

type Status =
  | { readonly kind: 'idle' }
  | { readonly kind: 'running'; readonly done: number; readonly total: number }
  | { readonly kind: 'done' | 'cancelled' | 'error'; readonly message: string };

/** The "New map" tab: template or file, language, title, persona, examples, then Generate. */
export function NewMapTab(props: {
  readonly host: PanelHost;
  readonly locale: Locale;
  readonly strings: UiStrings;
  readonly onLocaleChange: (locale: Locale) => void;
  readonly onGenerated: () => void;
}) {
  const { host, locale, strings } = props;
  const [templates, setTemplates] = useState<readonly TemplateChoice[] | undefined>(undefined);
  const [templateId, setTemplateId] = useState('');
  const [source, setSource] = useState<'template' | 'file'>('template');
  const [imported, setImported] = useState<{ readonly map: CjmMap; readonly fileName: string } | undefined>(undefined);
  const [title, setTitle] = useState('');
  const [persona, setPersona] = useState('');
  const [examples, setExamples] = useState(true);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const abort = useRef<AbortController | undefined>(undefined);

  useEffect(() => {
    let current = true;
    host.listTemplates(locale).then(
      (list) => {
        if (!current) return;
        setTemplates(list);
        setTemplateId((id) => (list.some((t) => t.id === id) ? id : (list[0]?.id ?? '')));
      },
      (error: unknown) => current && setStatus({ kind: 'error', message: describeError(error, strings) }),
    );
    return () => {
      current = false;
    };
  }, [host, locale, strings]);

  const chosen = templates?.find((t) => t.id === templateId);
  const running = status.kind === 'running';
  const canGenerate = !running && (source === 'template' ? Boolean(chosen) : Boolean(imported));

  const onFile = (file: File) => {
    setStatus({ kind: 'idle' });
    readImportFile(file, strings)
      .then((text) => host.importMap(text, file.name))
      .then(
        (map) => {
          setImported({ map, fileName: file.name });
          setSource('file');
        },
        (error: unknown) => setStatus({ kind: 'error', message: describeError(error, strings) }),
      );
  };

  const generate = () => {
    const request: NewMapRequest = {
      source: source === 'file' && imported ? { kind: 'file', map: imported.map } : { kind: 'template', templateId, examples: examples && Boolean(chosen?.hasExamples) },
      locale,
      title,
      persona,
    };
    const controller = new AbortController();
    abort.current = controller;
    setStatus({ kind: 'running', done: 0, total: 0 });
    host
      .generate(request, { signal: controller.signal, onProgress: (done, total) => setStatus({ kind: 'running', done, total }) })
      .then(
        (outcome) => {
          setStatus({ kind: 'done', message: strings.generated(outcome.itemCount) });
          props.onGenerated();
        },
        (error: unknown) =>
          setStatus(isAbortError(error) || controller.signal.aborted ? { kind: 'cancelled', message: strings.cancelled } : { kind: 'error', message: describeError(error, strings) }),
      )
      .finally(() => {
        abort.current = undefined;
      });
  };

  const previewShape = source === 'file' && imported ? imported.map : chosen;

  return (
    <form
      class="cjm-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (canGenerate) generate();
      }}
    >
      <div class="form-group">
        <label for="cjm-locale">{strings.language}</label>
        <select id="cjm-locale" class="select" value={locale} disabled={running} onChange={(event) => props.onLocaleChange(event.currentTarget.value === 'ru' ? 'ru' : 'en')}>
          <option value="ru">{strings.languageNames.ru}</option>
          <option value="en">{strings.languageNames.en}</option>
        </select>
      </div>

      <fieldset class="cjm-source" disabled={running}>
        <legend class="cjm-visually-hidden">{strings.template}</legend>
        <label class="radiobutton">
          <input type="radio" name="cjm-source" value="template" checked={source === 'template'} onChange={() => setSource('template')} />
          <span>{strings.source.template}</span>
        </label>
        <label class="radiobutton">
          <input type="radio" name="cjm-source" value="file" checked={source === 'file'} onChange={() => setSource('file')} />
          <span>{strings.source.file}</span>
        </label>
      </fieldset>

      {source === 'template' ? (
        templates ? (
          <TemplatePicker templates={templates} value={templateId} strings={strings} onChange={setTemplateId} disabled={running} />
        ) : (
          <p class="p-small cjm-muted">{strings.loading}</p>
        )
      ) : (
        <div class="form-group">
          <FileImport strings={strings} disabled={running} onFile={onFile} onError={(message) => setStatus({ kind: 'error', message })} />
          {imported ? (
            <p class="p-small" data-testid="imported-file">
              {strings.fileSummary(imported.fileName, imported.map.stages.length, imported.map.layers.length, imported.map.notes.length)}
            </p>
          ) : null}
        </div>
      )}

      {previewShape ? <MapPreview shape={previewShape} strings={strings} /> : null}

      <div class="form-group">
        <label for="cjm-title">{strings.title}</label>
        <input id="cjm-title" class="input" type="text" value={title} disabled={running} placeholder={source === 'file' && imported ? imported.map.title : (chosen?.name ?? strings.titlePlaceholder)} onInput={(event) => setTitle(event.currentTarget.value)} />
      </div>
      <div class="form-group">
        <label for="cjm-persona">{strings.persona}</label>
        <input id="cjm-persona" class="input" type="text" value={persona} disabled={running} placeholder={strings.personaPlaceholder} onInput={(event) => setPersona(event.currentTarget.value)} />
      </div>
      {source === 'template' ? (
        <label class="checkbox">
          <input type="checkbox" checked={examples && Boolean(chosen?.hasExamples)} disabled={running || !chosen?.hasExamples} onChange={(event) => setExamples(event.currentTarget.checked)} />
          <span>{chosen && !chosen.hasExamples ? strings.noExamples : strings.withExamples}</span>
        </label>
      ) : null}

      {status.kind === 'running' ? (
        <ProgressBar done={status.done} total={status.total} strings={strings} onCancel={() => abort.current?.abort()} />
      ) : (
        <button type="submit" class="button button-primary cjm-wide" disabled={!canGenerate}>
          {strings.generate}
        </button>
      )}
      {status.kind === 'done' || status.kind === 'cancelled' || status.kind === 'error' ? (
        <p class={status.kind === 'error' ? 'status-text error cjm-status' : 'status-text cjm-status'} role={status.kind === 'error' ? 'alert' : 'status'}>
          {status.message}
        </p>
      ) : null}
    </form>
  );
}
