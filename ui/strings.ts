import { formatQuantity } from '../core/index.ts';
import type { Locale, Severity, WordForms } from '../core/index.ts';
import type { AuditScopeKind, ExportFormat } from './panel-host.ts';

/**
 * Every text the shared panel shows, in both languages. The interface makes the compiler check
 * that neither language misses one (docs/architecture.md, *Two languages*).
 */
export interface UiStrings {
  readonly tabs: { readonly create: string; readonly audit: string; readonly export: string };
  readonly language: string;
  readonly languageNames: Readonly<Record<Locale, string>>;
  readonly source: { readonly template: string; readonly file: string };
  readonly template: string;
  readonly preview: string;
  readonly stages: string;
  readonly layers: string;
  readonly required: string;
  readonly title: string;
  readonly titlePlaceholder: string;
  readonly persona: string;
  readonly personaPlaceholder: string;
  readonly withExamples: string;
  readonly noExamples: string;
  readonly chooseFile: string;
  readonly dropHint: string;
  readonly dropHere: string;
  readonly fileSummary: (fileName: string, stages: number, layers: number, notes: number) => string;
  readonly generate: string;
  readonly generating: string;
  readonly progress: (done: number, total: number) => string;
  readonly cancel: string;
  readonly generated: (items: number) => string;
  readonly cancelled: string;
  readonly loading: string;
  readonly auditNow: string;
  readonly auditing: string;
  readonly scope: Readonly<Record<AuditScopeKind, string>>;
  readonly scopeHint: string;
  readonly live: string;
  readonly gapMarkers: string;
  readonly gapMarkersPlaced: (count: number) => string;
  readonly noMaps: string;
  readonly noFindings: string;
  readonly wholeMap: string;
  readonly severity: Readonly<Record<Severity, string>>;
  readonly counts: (errors: number, warnings: number, infos: number) => string;
  readonly showOnBoard: string;
  readonly exportIntro: string;
  readonly exportNeedsAudit: string;
  readonly exportMap: string;
  readonly formats: Readonly<Record<ExportFormat, string>>;
  readonly downloaded: (fileName: string) => string;
  readonly errors: {
    readonly generic: (detail: string) => string;
    readonly fileTooLarge: (fileName: string, limitMb: number) => string;
    readonly fileUnreadable: (fileName: string) => string;
    readonly oneFileOnly: string;
  };
}

/** Counted words, both languages at once; core's `formatQuantity` picks the form. */
const WORDS = {
  stage: { ru: ['этап', 'этапа', 'этапов'], en: ['stage', 'stages'] },
  layer: { ru: ['слой', 'слоя', 'слоёв'], en: ['layer', 'layers'] },
  note: { ru: ['заметка', 'заметки', 'заметок'], en: ['note', 'notes'] },
  item: { ru: ['элемент', 'элемента', 'элементов'], en: ['item', 'items'] },
  gapMarker: { ru: ['отметка', 'отметки', 'отметок'], en: ['gap marker', 'gap markers'] },
  error: { ru: ['ошибка', 'ошибки', 'ошибок'], en: ['error', 'errors'] },
  warning: { ru: ['предупреждение', 'предупреждения', 'предупреждений'], en: ['warning', 'warnings'] },
  info: { ru: ['наблюдение', 'наблюдения', 'наблюдений'], en: ['info', 'info'] },
} as const satisfies Record<string, WordForms>;

const EN: UiStrings = {
  tabs: { create: 'New map', audit: 'Audit', export: 'Export' },
  language: 'Language',
  languageNames: { ru: 'Русский', en: 'English' },
  source: { template: 'From a template', file: 'From a cjm/1 file' },
  template: 'Template',
  preview: 'Preview',
  stages: 'Stages',
  layers: 'Layers',
  required: 'required',
  title: 'Title',
  titlePlaceholder: 'The template’s name',
  persona: 'Persona',
  personaPlaceholder: 'e.g. Head of a sales department',
  withExamples: 'With example notes',
  noExamples: 'This template has no example notes',
  chooseFile: 'Choose a file…',
  dropHint: 'or drop a cjm/1 .json file here',
  dropHere: 'Drop the file to import it',
  fileSummary: (fileName, stages, layers, notes) =>
    `${fileName}: ${formatQuantity(stages, WORDS.stage, 'en')}, ${formatQuantity(layers, WORDS.layer, 'en')}, ${formatQuantity(notes, WORDS.note, 'en')}`,
  generate: 'Generate',
  generating: 'Putting the map on the board…',
  progress: (done, total) => `${done} of ${total} items`,
  cancel: 'Cancel',
  generated: (items) => `The map is on the board (${formatQuantity(items, WORDS.item, 'en')}).`,
  cancelled: 'Cancelled: nothing was left on the board.',
  loading: 'Loading…',
  auditNow: 'Audit now',
  auditing: 'Checking…',
  scope: { selection: 'Selection', board: 'Whole board', page: 'Current page' },
  scopeHint: 'Select a map (or part of it) to audit only that map; with nothing selected every map is read.',
  live: 'Re-check as the board changes',
  gapMarkers: 'Mark empty touchpoint cells on the board',
  gapMarkersPlaced: (markers) => `${formatQuantity(markers, WORDS.gapMarker, 'en')} on the board.`,
  noMaps: 'No journey map found here. Select a map’s frame, or generate one on the “New map” tab.',
  noFindings: 'No findings: the map passes every check.',
  wholeMap: 'The whole map',
  severity: { error: 'Error', warning: 'Warning', info: 'Info' },
  counts: (errors, warnings, infos) => `${formatQuantity(errors, WORDS.error, 'en')}, ${formatQuantity(warnings, WORDS.warning, 'en')}, ${formatQuantity(infos, WORDS.info, 'en')}`,
  showOnBoard: 'Show on the board',
  exportIntro: 'Download the map the last audit read.',
  exportNeedsAudit: 'Nothing to export yet: run an audit on the “Audit” tab first.',
  exportMap: 'Map',
  formats: { json: 'cjm/1 JSON', csv: 'CSV (Excel)', md: 'Markdown report' },
  downloaded: (fileName) => `Downloaded ${fileName}.`,
  errors: {
    generic: (detail) => `That did not work: ${detail}`,
    fileTooLarge: (fileName, limitMb) => `${fileName} is larger than ${limitMb} MB, too large for a journey map.`,
    fileUnreadable: (fileName) => `${fileName} could not be read. Is it a text file?`,
    oneFileOnly: 'Drop one file at a time.',
  },
};

const RU: UiStrings = {
  tabs: { create: 'Новая карта', audit: 'Аудит', export: 'Экспорт' },
  language: 'Язык',
  languageNames: { ru: 'Русский', en: 'English' },
  source: { template: 'Из шаблона', file: 'Из файла cjm/1' },
  template: 'Шаблон',
  preview: 'Предпросмотр',
  stages: 'Этапы',
  layers: 'Слои',
  required: 'обязательный',
  title: 'Название',
  titlePlaceholder: 'Название шаблона',
  persona: 'Персона',
  personaPlaceholder: 'Например, руководитель отдела продаж',
  withExamples: 'С примерами заметок',
  noExamples: 'У этого шаблона нет примеров заметок',
  chooseFile: 'Выбрать файл…',
  dropHint: 'или перетащите сюда файл cjm/1 (.json)',
  dropHere: 'Отпустите файл, чтобы загрузить его',
  fileSummary: (fileName, stages, layers, notes) =>
    `${fileName}: ${formatQuantity(stages, WORDS.stage, 'ru')}, ${formatQuantity(layers, WORDS.layer, 'ru')}, ${formatQuantity(notes, WORDS.note, 'ru')}`,
  generate: 'Создать карту',
  generating: 'Карта появляется на доске…',
  progress: (done, total) => `${done} из ${total} элементов`,
  cancel: 'Отмена',
  generated: (items) => `Карта на доске (${formatQuantity(items, WORDS.item, 'ru')}).`,
  cancelled: 'Отменено: на доске ничего не осталось.',
  loading: 'Загрузка…',
  auditNow: 'Проверить',
  auditing: 'Проверяю…',
  scope: { selection: 'Выделение', board: 'Вся доска', page: 'Текущая страница' },
  scopeHint: 'Выделите карту (или её часть), чтобы проверить только её; если ничего не выделено, читаются все карты.',
  live: 'Перепроверять при изменениях доски',
  gapMarkers: 'Отмечать на доске пустые ячейки точек контакта',
  gapMarkersPlaced: (markers) => `На доске ${formatQuantity(markers, WORDS.gapMarker, 'ru')} о пробелах.`,
  noMaps: 'Карта пути клиента не найдена. Выделите фрейм карты или создайте её на вкладке «Новая карта».',
  noFindings: 'Замечаний нет: карта проходит все проверки.',
  wholeMap: 'Карта в целом',
  severity: { error: 'Ошибка', warning: 'Предупреждение', info: 'Наблюдение' },
  counts: (errors, warnings, infos) =>
    `${formatQuantity(errors, WORDS.error, 'ru')}, ${formatQuantity(warnings, WORDS.warning, 'ru')}, ${formatQuantity(infos, WORDS.info, 'ru')}`,
  showOnBoard: 'Показать на доске',
  exportIntro: 'Скачать карту, прочитанную последним аудитом.',
  exportNeedsAudit: 'Пока нечего экспортировать: сначала запустите аудит на вкладке «Аудит».',
  exportMap: 'Карта',
  formats: { json: 'cjm/1 JSON', csv: 'CSV (Excel)', md: 'Отчёт Markdown' },
  downloaded: (fileName) => `Скачан файл ${fileName}.`,
  errors: {
    generic: (detail) => `Не получилось: ${detail}`,
    fileTooLarge: (fileName, limitMb) => `${fileName} больше ${limitMb} МБ — слишком большой для карты пути клиента.`,
    fileUnreadable: (fileName) => `Не удалось прочитать ${fileName}. Это текстовый файл?`,
    oneFileOnly: 'Перетаскивайте по одному файлу.',
  },
};

/** The panel's texts in `locale`. */
export function getStrings(locale: Locale): UiStrings {
  return locale === 'ru' ? RU : EN;
}
