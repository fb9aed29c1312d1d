import type { UiMessage } from '../messages.ts';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const LOCALES: ReadonlySet<unknown> = new Set(['ru', 'en']);
const optionalLocale = (value: unknown) => value === undefined || LOCALES.has(value);

/**
 * Checks a message from the UI before the main thread acts on it: the iframe is the plugin's
 * own, but a UI built against other messages (or a stray `postMessage`) must get a clear
 * `bad-message` error, never a half-done operation. The map of a `generate` message is checked
 * later, by core's cjm/1 validation, which reports every problem with its path.
 *
 * @returns the message, or undefined when it is none of `UiMessage`.
 */
export function parseUiMessage(raw: unknown): UiMessage | undefined {
  if (!isRecord(raw) || typeof raw.type !== 'string') return undefined;
  const message = raw as Record<string, unknown> & { type: string };
  switch (message.type) {
    case 'ready':
    case 'cancel':
    case 'clear-markers':
    case 'close':
      return { type: message.type };
    case 'generate':
      return 'map' in message ? ({ type: 'generate', map: message.map } as UiMessage) : undefined;
    case 'audit':
      if ((message.scope !== 'page' && message.scope !== 'selection') || typeof message.gapMarkers !== 'boolean' || !optionalLocale(message.locale)) return undefined;
      return { type: 'audit', scope: message.scope, gapMarkers: message.gapMarkers, ...(message.locale !== undefined ? { locale: message.locale as 'ru' | 'en' } : {}) };
    case 'live':
      return typeof message.enabled === 'boolean' ? { type: 'live', enabled: message.enabled } : undefined;
    case 'focus': {
      const ids = message.itemIds;
      if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string')) return undefined;
      const rect = message.rect;
      const rectOk =
        rect === undefined ||
        (isRecord(rect) && ['x', 'y', 'width', 'height'].every((key) => typeof rect[key] === 'number' && Number.isFinite(rect[key])));
      if (!rectOk) return undefined;
      return { type: 'focus', itemIds: ids, ...(rect !== undefined ? { rect: rect as { x: number; y: number; width: number; height: number } } : {}) };
    }
    case 'export': {
      const { format, mapIndex, delimiter, locale } = message;
      if (format !== 'json' && format !== 'csv' && format !== 'markdown') return undefined;
      if (mapIndex !== undefined && !(typeof mapIndex === 'number' && Number.isInteger(mapIndex) && mapIndex >= 0)) return undefined;
      if (delimiter !== undefined && delimiter !== ',' && delimiter !== ';') return undefined;
      if (!optionalLocale(locale)) return undefined;
      return {
        type: 'export',
        format,
        ...(mapIndex !== undefined ? { mapIndex } : {}),
        ...(delimiter !== undefined ? { delimiter } : {}),
        ...(locale !== undefined ? { locale: locale as 'ru' | 'en' } : {}),
      };
    }
    default:
      return undefined;
  }
}
