import type { Locale } from '../../core/index.ts';
import { createMapFromRequest } from '../../ui/create-map-from-request.ts';
import { focusOfFinding } from '../../ui/finding-focus.ts';
import type { AuditOutcome, AuditRequest, ExportFile, ExportRequest, LiveAuditListener, PanelHost, PlacedFinding } from '../../ui/panel-host.ts';
import { parseMapFile } from '../../ui/parse-map-file.ts';
import { listTemplateChoices } from '../../ui/template-choices.ts';
import type { AuditResultMessage, ErrorCode, ErrorMessage, InitMessage, MainMessage } from '../messages.ts';
import { wordPluginError } from './error-words.ts';
import type { PluginChannel } from './plugin-channel.ts';

/** Which pending request an error code answers. */
const ERROR_OWNER: Readonly<Record<ErrorCode, 'generate' | 'audit' | 'export' | 'other'>> = {
  'invalid-map': 'generate',
  'unsupported-editor': 'generate',
  busy: 'generate',
  'generate-failed': 'generate',
  'no-map': 'audit',
  'audit-failed': 'audit',
  'nothing-to-export': 'export',
  'not-found': 'other',
  'bad-message': 'other',
};

interface Pending<T> {
  resolve(value: T): void;
  reject(error: unknown): void;
}

/** A Figma host and what the UI learns from the main thread about where it runs. */
export interface FigmaHost extends PanelHost {
  /** Resolves with the main thread's `init` (editor, command, selection). */
  readonly ready: Promise<InitMessage>;
}

/**
 * The shared panel's host inside Figma: templates, the form's map and file import are worked out
 * here with core (the main thread validates the map again), everything that touches the page goes
 * to the main thread as a message of figma-plugin/messages.ts, and its answers come back as
 * messages. Requests of one kind are answered in order, so one pending request per kind is enough.
 */
export function createFigmaHost(channel: PluginChannel, currentLocale: () => Locale): FigmaHost {
  let selectionCount = 0;
  let last: AuditResultMessage | undefined;
  let generate: (Pending<{ itemCount: number }> & { onProgress: (done: number, total: number) => void }) | undefined;
  let audit: Pending<AuditOutcome> | undefined;
  let exporting: Pending<ExportFile> | undefined;
  let live: LiveAuditListener | undefined;
  let resolveInit: (init: InitMessage) => void = () => undefined;
  const ready = new Promise<InitMessage>((resolve) => {
    resolveInit = resolve;
  });

  const toOutcome = (message: AuditResultMessage): AuditOutcome => ({
    scope: message.scope,
    maps: message.maps.map((m) => ({ map: m.map, findings: m.findings })),
    warnings: [...message.warnings, ...message.maps.flatMap((m) => m.warnings)],
    gapMarkers: message.gapMarkerCount,
  });

  const fail = (message: ErrorMessage) => {
    const error = new Error(wordPluginError(message, currentLocale()));
    const owner = ERROR_OWNER[message.code];
    if (owner === 'generate' && generate) {
      generate.reject(error);
      generate = undefined;
    } else if (owner === 'audit' && audit) {
      // "No map here" is an answer, not a failure: the panel says so in its own words.
      if (message.code === 'no-map') audit.resolve({ scope: selectionCount > 0 ? 'selection' : 'page', maps: [], warnings: [], gapMarkers: 0 });
      else audit.reject(error);
      audit = undefined;
    } else if (owner === 'export' && exporting) {
      exporting.reject(error);
      exporting = undefined;
    } else {
      live?.onError(error);
    }
  };

  const onMessage = (message: MainMessage) => {
    switch (message.type) {
      case 'init':
        selectionCount = message.selectionCount;
        resolveInit(message);
        return;
      case 'selection':
        selectionCount = message.selectionCount;
        return;
      case 'progress':
        generate?.onProgress(message.done, message.total);
        return;
      case 'generated':
        generate?.resolve({ itemCount: message.nodeCount });
        generate = undefined;
        return;
      case 'cancelled':
        generate?.reject(new DOMException('The generation was cancelled', 'AbortError'));
        generate = undefined;
        return;
      case 'audit-result':
        last = message;
        if (message.trigger === 'manual' && audit) {
          audit.resolve(toOutcome(message));
          audit = undefined;
        } else {
          live?.onOutcome(toOutcome(message));
        }
        return;
      case 'export-file':
        exporting?.resolve({ fileName: message.fileName, mimeType: message.mimeType, text: message.text });
        exporting = undefined;
        return;
      case 'live-state':
        return;
      case 'error':
        fail(message);
        return;
    }
  };
  channel.listen(onMessage);
  channel.send({ type: 'ready' });

  return {
    ready,
    listTemplates: (locale) => Promise.resolve(listTemplateChoices(locale)),
    importMap: (text, fileName) => Promise.resolve().then(() => parseMapFile(text, fileName)),
    generate(request, options) {
      return new Promise((resolve, reject) => {
        const map = createMapFromRequest(request);
        generate = { resolve, reject, onProgress: options.onProgress };
        options.signal.addEventListener('abort', () => channel.send({ type: 'cancel' }), { once: true });
        channel.send({ type: 'generate', map });
      });
    },
    audit(request: AuditRequest) {
      return new Promise((resolve, reject) => {
        audit = { resolve, reject };
        channel.send({ type: 'audit', scope: selectionCount > 0 ? 'selection' : 'page', locale: request.locale, gapMarkers: request.gapMarkers });
      });
    },
    liveAudit(_request, listener) {
      // The main thread re-audits with the last audit's scope and options (messages.ts, LiveMessage);
      // the panel sends a fresh `audit` whenever those options change.
      live = listener;
      channel.send({ type: 'live', enabled: true });
      return () => {
        if (live === listener) live = undefined;
        channel.send({ type: 'live', enabled: false });
      };
    },
    showFinding(target) {
      const audited = last?.maps[target.mapIndex];
      const finding: PlacedFinding | undefined = audited?.findings[target.findingIndex];
      if (!finding) return Promise.reject(new Error(wordPluginError({ type: 'error', code: 'not-found' }, currentLocale())));
      // The cell (its notes selected), not its stage's column from the header down: ui/finding-focus.ts.
      const focus = focusOfFinding(finding, audited?.map);
      channel.send({ type: 'focus', itemIds: focus?.itemIds ?? [], ...(focus?.rect ? { rect: focus.rect } : {}) });
      return Promise.resolve();
    },
    exportMap(request: ExportRequest) {
      return new Promise((resolve, reject) => {
        exporting = { resolve, reject };
        channel.send({ type: 'export', format: request.format === 'md' ? 'markdown' : request.format, mapIndex: request.mapIndex, locale: request.locale });
      });
    },
  };
}
