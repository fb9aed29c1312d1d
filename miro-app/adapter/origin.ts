import type { CjmMap, Point } from '../../core/index.ts';
import type { MiroBoardApi } from './board-api.ts';
import { pacerFor } from './call-pacer.ts';
import { planForMiro } from './generate-map.ts';

/**
 * Where to put a map so it is centred on what the user looks at: the top-left corner for
 * `generateMap`'s `origin` (one call, `viewport.get()`). The panel may then ask Miro for free
 * space around it.
 */
export async function originNearViewport(board: MiroBoardApi, map: CjmMap): Promise<Point> {
  const view = await pacerFor(board).run(() => board.viewport.get());
  const { bounds } = planForMiro(map);
  return { x: Math.round(view.x + view.width / 2 - bounds.width / 2), y: Math.round(view.y + view.height / 2 - bounds.height / 2) };
}
