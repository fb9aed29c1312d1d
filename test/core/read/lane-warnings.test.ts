/**
 * An unnamed layer in a map drawn in swimlanes is numbered within its lane, between the titled
 * rows of that lane (fold-lanes.ts, `numberInLanes`): the warning is drafted over the unfolded
 * rows, where a lane label and the rows of every lane before it are counted.
 */
import { describe, expect, it } from 'vitest';
import { deleteHeading, headerBoards, headingKey, headingsOf, loadBoard, readAgain } from './deleted-header-support.ts';

/** The `unnamed-layer` messages of a board read with one heading deleted. */
function unnamedLayerMessages(board: string, key: string): string[] {
  const found = headerBoards().find((b) => b.name === board);
  if (!found) throw new Error(`no board ${board}`);
  const loaded = loadBoard(found);
  const heading = headingsOf(loaded.document.readings, loaded.snapshot).find((h) => headingKey(h) === key);
  if (!heading) throw new Error(`no heading ${key} on ${board}`);
  const readings = readAgain(loaded, deleteHeading(loaded, heading), board).readings;
  return readings.flatMap((r) => r.warnings.filter((w) => w.code === 'unnamed-layer').map((w) => w.message));
}

describe('unnamed layers in swimlanes', () => {
  it('numbers the layer in its lane and names the lane, in English', () => {
    const [message, ...rest] = unnamedLayerMessages('blind-lanes/containers-figjam-en-phase-lane-sections', 'layer:Goal@In store');
    expect(rest).toEqual([]);
    expect(message).toMatch(/^Layer 1 of the lane "In store" has no heading \(before "Actions"\)/);
  });

  it('numbers the layer in its lane and names the lane, in Russian', () => {
    const [message, ...rest] = unnamedLayerMessages('blind-lanes/lanes-figjam-ru-sections', 'layer:Эмоции@Мама');
    expect(rest).toEqual([]);
    expect(message).toMatch(/^У слоя \d+ дорожки «Мама» нет заголовка \(между «Действия» и «Точки контакта»\)/);
  });
});
