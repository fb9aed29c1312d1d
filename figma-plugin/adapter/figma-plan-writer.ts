import type { BaseNode, ChildrenMixin, PageNode, SceneNode } from '@figma/plugin-typings/plugin-api-standalone';
import type { BoardPlan, PlanItem, PlanWriter, Rect } from '../../core/index.ts';
import type { DrawContext, DrawnNote, Placement } from './draw-nodes.ts';
import { drawContainer, drawDot, drawLine, drawShape, drawText, mark, placeNote } from './draw-nodes.ts';

/**
 * The Figma side of core's `writePlan`: one plan item becomes one node (a card is one frame with
 * its text), inside the map's section or frame, marked with the item's marker. Notes were drawn
 * beforehand to measure them (`notes`, by index into `map.notes`): they are only moved into place.
 */
export function createFigmaPlanWriter(context: DrawContext, plan: BoardPlan, notes: ReadonlyMap<number, DrawnNote>): PlanWriter<SceneNode> {
  const rects = new Map<string, Rect>(plan.items.map((item) => [item.key, item.rect]));
  const placementIn = (item: PlanItem, parent: SceneNode | undefined): Placement => {
    if (item.shape === 'frame' || !parent) return {};
    if (!('appendChild' in parent)) throw new Error(`plan item ${item.key}: its container ${item.parent} holds no children`);
    return { parent: parent, parentRect: rects.get(item.parent) ?? item.rect };
  };
  return {
    create(item, parent) {
      const at = placementIn(item, parent);
      let node: SceneNode;
      switch (item.shape) {
        case 'frame':
          node = drawContainer(context, item);
          break;
        case 'text':
          node = drawText(context, item, at);
          break;
        case 'shape':
          node = drawShape(context, item, at);
          break;
        case 'sticky': {
          const drawn = notes.get(item.note);
          if (!drawn) throw new Error(`plan item ${item.key}: note ${item.note} was not drawn`);
          placeNote(drawn, item.rect, at);
          node = drawn.node;
          break;
        }
        case 'dot':
          node = drawDot(context, item, at);
          break;
        case 'line':
          node = drawLine(context, item, at);
          break;
      }
      mark(node, item.marker);
      return Promise.resolve(node);
    },
    remove(handles) {
      removeNodes(handles, context.made);
      return Promise.resolve();
    },
  };
}

/**
 * Removes nodes this run made; nodes already gone (a person deleted them, or their container went
 * first) are skipped. With `ours` (every node the run made), a node a person put into one of these
 * containers meanwhile is first moved out onto the page, where it is — removing a container
 * removes what it holds, and what a person made must stay.
 */
export function removeNodes(nodes: Iterable<SceneNode>, ours?: Iterable<SceneNode>): void {
  const own = ours ? new Set([...ours].map((node) => node.id)) : undefined;
  for (const node of nodes) {
    if (node.removed) continue;
    if (own && 'children' in node) rescueForeignChildren(node, own);
    node.remove();
  }
}

function rescueForeignChildren(container: SceneNode & ChildrenMixin, own: ReadonlySet<string>): void {
  const page = pageOf(container);
  if (!page) return;
  for (const child of [...container.children]) {
    if (child.removed || own.has(child.id)) continue;
    const [[, , x], [, , y]] = child.absoluteTransform;
    page.appendChild(child);
    child.x = x;
    child.y = y;
  }
}

function pageOf(node: BaseNode): PageNode | undefined {
  for (let at = node.parent; at; at = at.parent) if (at.type === 'PAGE') return at;
  return undefined;
}
