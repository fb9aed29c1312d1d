import type { AuditOutcome, PanelHost } from '../../ui/panel-host.ts';
import type * as Engine from './engine.ts';
import type { PanelMemory } from './engine.ts';
import type { PanelBoard } from './panel-board.ts';

/** The panel's engine (core and the adapter), loaded on first use. */
export type MiroEngine = typeof Engine;

/**
 * The shared panel's host inside Miro: the panel runs the adapter and core itself (a Miro panel
 * is a web page with the SDK). `load` brings in the engine chunk on first use.
 */
export function createMiroHost(board: PanelBoard, load: () => Promise<MiroEngine>): PanelHost {
  let loaded: Promise<MiroEngine> | undefined;
  const engine = () => (loaded ??= load());
  let last: AuditOutcome | undefined;
  const memory: PanelMemory = { cells: '[]' };
  // One audit at a time: two at once (a click during a live run) would both move gap markers.
  let queue: Promise<unknown> = Promise.resolve();

  const host: PanelHost = {
    async listTemplates(locale) {
      return (await engine()).listTemplates(locale);
    },
    async importMap(text, fileName) {
      return (await engine()).importMap(text, fileName);
    },
    async generate(request, options) {
      return (await engine()).generate(board, request, options);
    },
    audit(request) {
      const run = queue.then(async () => {
        last = await (await engine()).auditMiroBoard(board, request, memory);
        return last;
      });
      queue = run.catch(() => undefined);
      return run;
    },
    liveAudit(request, listener) {
      let stop: (() => void) | undefined;
      let stopped = false;
      void engine().then((parts) => {
        if (stopped) return;
        // The adapter follows items:create, items:delete, experimental:items:update and the
        // selection, debounced, ignoring the items the app itself makes (a map, gap markers).
        const live = parts.watchBoard(board, { run: () => host.audit(request()), onResult: (o) => listener.onOutcome(o), onError: (e) => listener.onError(e), selection: true });
        stop = () => live.dispose();
      }, (error: unknown) => listener.onError(error));
      return () => {
        stopped = true;
        stop?.();
      };
    },
    async showFinding(target) {
      const audited = last?.maps[target.mapIndex];
      const finding = audited?.findings[target.findingIndex];
      if (finding) await (await engine()).showFinding(board, finding, audited?.map, memory);
    },
    async exportMap(request) {
      return (await engine()).exportMap(last, request);
    },
  };
  return host;
}
