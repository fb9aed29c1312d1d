import { figmaFile, sectionNode } from '../../support/export-figma-rest.ts';
import { restTable } from './rest-table.ts';
import type { TableSketch } from './rest-table.ts';

/**
 * A Russian retail journey drawn as a FigJam table in a section, as people draw one: stage names across the
 * first row, layer names down the first column, one note per cell, some cells left empty.
 */
export const RU_TABLE: TableSketch = {
  id: '12:100',
  x: 400,
  y: 300,
  widths: [220, 260, 260, 260, 260],
  heights: [64, 120, 120, 96, 120, 120],
  cells: [
    ['', 'Поиск', 'Выбор', 'Покупка', 'Использование'],
    ['Действия', 'Ищет кроссовки в Яндексе', 'Сравнивает модели', 'Оплачивает картой', 'Бегает по утрам'],
    ['Точки контакта', 'Реклама в поиске', 'Сайт магазина', '', 'Приложение'],
    ['Эмоции', 'Интерес', 'Сомнения', 'Облегчение', 'Радость'],
    ['Боли', 'Много похожих моделей', '', 'Долгая доставка', ''],
    ['Рекомендации', 'Подборки по сценариям бега', 'Сравнение в один клик', '', 'Напоминание о замене'],
  ],
};

/** The same map in English, in a section too (a section's name is its map's title). */
export const EN_TABLE: TableSketch = {
  id: '14:200',
  x: 3100,
  y: 180,
  widths: [200, 240, 240, 240],
  heights: [56, 112, 112, 112, 112],
  color: '#fff4d6',
  cells: [
    ['', 'Discover', 'Compare', 'Buy'],
    ['Actions', 'Searches for running shoes', 'Reads reviews', 'Pays online'],
    ['Touchpoints', 'Search ad', '', 'Checkout page'],
    ['Emotions', 'Curious', 'Unsure', 'Relieved'],
    ['Recommendations', 'Guides by running style', 'One-click comparison', ''],
  ],
};

/**
 * Both tables on one FigJam page, each in a section, as people keep maps apart (a loose table
 * next to a section is read into the section's map as notes outside its grid: see the report).
 */
export function boardFile(): Record<string, unknown> {
  const ru = sectionNode('12:1', { x: 300, y: 160, width: 1640, height: 900 }, 'Путь покупателя кроссовок', [restTable(RU_TABLE)]);
  const en = sectionNode('14:1', { x: 3000, y: 60, width: 1200, height: 760 }, 'Running shoes journey', [restTable(EN_TABLE)]);
  return figmaFile('Tables', 'figjam', [{ id: '0:1', name: 'Journey tables', children: [ru, en] }]);
}

