import type { Locale } from '../../core/index.ts';
import type { ErrorCode, ErrorMessage } from '../messages.ts';

const WORDS: Readonly<Record<ErrorCode, Readonly<Record<Locale, string>>>> = {
  'invalid-map': { en: 'The map is not a valid cjm/1 map', ru: 'Карта не соответствует формату cjm/1' },
  'unsupported-editor': { en: 'Maps can be generated in Figma design files and FigJam only', ru: 'Карты создаются только в файлах Figma и FigJam' },
  busy: { en: 'A map is being generated already; wait for it or cancel it', ru: 'Карта уже создаётся: дождитесь её или отмените' },
  'generate-failed': { en: 'The map could not be created; nothing of it was left on the page', ru: 'Карту не удалось создать; на странице от неё ничего не осталось' },
  'no-map': { en: 'No journey map found on this page', ru: 'На этой странице не найдена карта пути клиента' },
  'audit-failed': { en: 'The page could not be audited', ru: 'Не удалось проверить страницу' },
  'nothing-to-export': { en: 'Nothing to export yet: run an audit first', ru: 'Пока нечего экспортировать: сначала запустите аудит' },
  'not-found': { en: 'That part of the map is no longer on the page', ru: 'Этой части карты больше нет на странице' },
  'bad-message': { en: 'The plugin’s parts do not match; reinstall the plugin', ru: 'Части плагина не совпадают; переустановите плагин' },
};

/** The main thread's error in plain words in `locale`, with its detail (core's or the editor's text). */
export function wordPluginError(message: ErrorMessage, locale: Locale): string {
  const words = WORDS[message.code][locale];
  return message.detail ? `${words}: ${message.detail}` : `${words}.`;
}
