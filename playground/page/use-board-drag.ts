import { useRef, useState } from 'preact/hooks';
import type { RefObject } from 'preact';

/** Where a pointer drag started, and how far it went. */
interface Drag {
  /** The item dragged; absent when the board itself is dragged (panning). */
  readonly id?: string;
  readonly startBoard: { readonly x: number; readonly y: number };
  readonly startScreen: { readonly x: number; readonly y: number };
  moved: { x: number; y: number };
}

/** What an emulated board does with a drag. */
export interface BoardDragActions {
  /** A pan by this many screen pixels since the drag began (`begin` was called at its start). */
  pan(dxScreen: number, dyScreen: number): void;
  /** Called once when a pan begins, to remember the viewport it started from. */
  begin(): void;
  /** An item dropped this far (board units) from where it was. */
  drop(id: string, dx: number, dy: number): void;
  /** A click on the empty board. */
  clickBackground(): void;
}

/**
 * Pointer dragging on an SVG board, shared by both tabs: dragging an item shows it moving (the
 * `ghost` offset) and drops it at the end; dragging the background pans; a click on the
 * background clears the selection. Board units come from the SVG's own transform.
 */
export function useBoardDrag(svg: RefObject<SVGSVGElement | null>, actions: BoardDragActions) {
  const drag = useRef<Drag | undefined>(undefined);
  const [ghost, setGhost] = useState<{ id: string; dx: number; dy: number } | undefined>(undefined);
  const toBoard = (event: { clientX: number; clientY: number }) => {
    const matrix = svg.current?.getScreenCTM();
    if (!matrix) return { x: 0, y: 0 };
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    return { x: point.x, y: point.y };
  };
  return {
    ghost,
    toBoard,
    /** Starts a drag of `movableId` (an item that may move) or of the board. */
    start: (event: PointerEvent, movableId?: string) => {
      event.stopPropagation();
      (event.currentTarget as Element).setPointerCapture?.(event.pointerId);
      svg.current?.focus();
      if (!movableId) actions.begin();
      drag.current = { ...(movableId ? { id: movableId } : {}), startBoard: toBoard(event), startScreen: { x: event.clientX, y: event.clientY }, moved: { x: 0, y: 0 } };
    },
    move: (event: PointerEvent) => {
      const current = drag.current;
      if (!current) return;
      if (current.id) {
        const at = toBoard(event);
        current.moved = { x: at.x - current.startBoard.x, y: at.y - current.startBoard.y };
        setGhost({ id: current.id, dx: current.moved.x, dy: current.moved.y });
      } else {
        current.moved = { x: event.clientX - current.startScreen.x, y: event.clientY - current.startScreen.y };
        actions.pan(current.moved.x, current.moved.y);
      }
    },
    end: (event: PointerEvent) => {
      const current = drag.current;
      drag.current = undefined;
      setGhost(undefined);
      if (!current) return;
      const distance = Math.hypot(current.moved.x, current.moved.y);
      if (current.id && distance > 2) actions.drop(current.id, current.moved.x, current.moved.y);
      else if (!current.id && distance <= 2 && event.target === svg.current) actions.clickBackground();
    },
  };
}
