/**
 * Variants of blind3 Figma boards (test/fixtures/blind3/boards-figma.ts) that hold a rule the
 * boards led to, where the board itself does not show its edge: each board is drawn, changed the
 * way a person might have drawn it instead, and read as `cjm read` reads an export.
 */
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../core/index.ts';
import { FIGMA_BOARDS } from '../../fixtures/blind3/boards-figma.ts';

type Node = { characters?: string; children?: Node[] };

/** The board's file without the nodes whose text is one of `texts`. */
function drawWithout(file: string, texts: readonly string[]): unknown {
  const board = FIGMA_BOARDS.find((b) => b.file === file);
  if (!board) throw new Error(`no board ${file}`);
  const drop = new Set(texts);
  const prune = (node: Node): Node => (node.children ? { ...node, children: node.children.filter((child) => !drop.has(child.characters ?? '\u0000')).map(prune) } : node);
  const json = board.draw() as { document: Node };
  return { ...json, document: prune(json.document) };
}

describe('blind3 Figma rules', () => {
  it('a second map under the first, with fewer layers and sticky stage headers, is a map of its own (lanes lie a row or two apart)', () => {
    // figjam-06 with the second map's last three rows left out: it has two layers, the first four.
    const json = drawWithout('figjam-06-two-maps-stacked-ru', ['Точки касания', 'Барьеры', 'Решения', 'Форма корпоративного заказа', 'Письмо со счётом', 'Нет оптовой скидки', 'Счёт приходит через день', 'Курьер опоздал на час', 'Скидка от 10 букетов', 'Окно доставки 30 минут']);
    const maps = readDocument(json, { where: 'figjam-06 variant' }).readings.map((reading) => reading.map);
    expect(maps.map((map) => map.layers.map((layer) => layer.title))).toEqual([
      ['Действия', 'Точки контакта', 'Эмоции', 'Рекомендации'],
      ['Цель', 'Действия'],
    ]);
    expect(maps[1]?.stages.map((stage) => stage.name)).toEqual(['Собирает заявки', 'Согласует счёт', 'Принимает доставку']);
    expect(maps[1]?.notes).toHaveLength(6);
  });
});
