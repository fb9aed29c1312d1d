import type { Locale } from '../../core/index.ts';

/** The playground's own texts, in both languages (the panels bring theirs). */
export interface PlaygroundStrings {
  readonly title: string;
  readonly intro: string;
  readonly tabs: { readonly miro: string; readonly figjam: string };
  readonly boardLabel: string;
  readonly pageLabel: string;
  readonly loadExample: string;
  readonly clearBoard: string;
  readonly stickyText: string;
  readonly addSticky: string;
  readonly zoomIn: string;
  readonly zoomOut: string;
  readonly fit: string;
  readonly help: string;
  readonly usage: (calls: number, credits: number) => string;
  readonly panelLoading: string;
  readonly loadFailed: (detail: string) => string;
}

const EN: PlaygroundStrings = {
  title: 'cjm-kit playground',
  intro: 'The real Miro panel and Figma UI on emulated boards: no account needed.',
  tabs: { miro: 'Miro', figjam: 'FigJam' },
  boardLabel: 'Emulated Miro board: drag the background to pan, the wheel or + and − to zoom, drag notes; arrow keys move the selected note, Delete removes it',
  pageLabel: 'Emulated FigJam page',
  loadExample: 'Load the example board',
  clearBoard: 'Clear the board',
  stickyText: 'Sticky text',
  addSticky: 'Add a sticky',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fit: 'Show everything',
  help: 'Generate a map in the panel, then drag notes, add stickies and watch the audit follow. Click a finding to zoom to its cell.',
  usage: (calls, credits) => `SDK calls: ${calls} · credits: ${credits}`,
  panelLoading: 'Loading the panel…',
  loadFailed: (detail) => `Could not load the example: ${detail}`,
};

const RU: PlaygroundStrings = {
  title: 'Песочница cjm-kit',
  intro: 'Настоящая панель Miro и интерфейс Figma на эмулированных досках: аккаунт не нужен.',
  tabs: { miro: 'Miro', figjam: 'FigJam' },
  boardLabel: 'Эмулированная доска Miro: тяните фон, чтобы двигать доску, колесо или + и − — масштаб, заметки можно перетаскивать; стрелки двигают выделенную заметку, Delete удаляет её',
  pageLabel: 'Эмулированная страница FigJam',
  loadExample: 'Загрузить пример доски',
  clearBoard: 'Очистить доску',
  stickyText: 'Текст стикера',
  addSticky: 'Добавить стикер',
  zoomIn: 'Приблизить',
  zoomOut: 'Отдалить',
  fit: 'Показать всё',
  help: 'Создайте карту в панели, затем перетаскивайте заметки, добавляйте стикеры и смотрите, как обновляется аудит. Щелчок по замечанию приближает его ячейку.',
  usage: (calls, credits) => `Вызовов SDK: ${calls} · кредитов: ${credits}`,
  panelLoading: 'Панель загружается…',
  loadFailed: (detail) => `Не удалось загрузить пример: ${detail}`,
};

/** The playground's texts in `locale`. */
export function getPlaygroundStrings(locale: Locale): PlaygroundStrings {
  return locale === 'ru' ? RU : EN;
}
