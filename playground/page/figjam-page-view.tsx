import { useEffect, useRef, useState } from 'preact/hooks';
import type { FakeFigma, NodeDescription } from '../../figma-plugin/fake/index.ts';
import type { PlaygroundStrings } from './playground-strings.ts';

/** Node types drawn, and their drawing order (containers under what they hold). */
const DRAWN: Readonly<Record<string, number>> = { SECTION: 0, FRAME: 1, RECTANGLE: 2, SHAPE_WITH_TEXT: 3, TEXT: 4, STICKY: 5 };

/** A node's first solid fill as CSS, or undefined. */
function fillOf(fake: FakeFigma, id: string): string | undefined {
  const fills = (fake.node(id) as { fills?: unknown } | null)?.fills;
  if (!Array.isArray(fills)) return undefined;
  const paint = fills.find((p): p is { type: 'SOLID'; color: { r: number; g: number; b: number }; opacity?: number } => typeof p === 'object' && p !== null && (p as { type?: unknown }).type === 'SOLID');
  if (!paint) return undefined;
  const c = paint.color;
  return `rgba(${Math.round(c.r * 255)}, ${Math.round(c.g * 255)}, ${Math.round(c.b * 255)}, ${paint.opacity ?? 1})`;
}

/** What changes the picture: nodes, their boxes and text, the selection, the viewport. */
function signature(fake: FakeFigma): string {
  const v = fake.api.viewport;
  return `${fake.events.delivered}|${fake.events.pending.length}|${fake.nodeCount()}|${v.center.x},${v.center.y},${v.zoom}|${fake.figma.currentPage.selection.map((n) => n.id).join(',')}`;
}

/**
 * The emulated FigJam page: the fake editor's nodes drawn as SVG from their
 * `absoluteBoundingBox`, with pan (drag the background), zoom (wheel, + and −), selection and
 * dragging stickies, done through the fake's `person` so the plugin sees a person's edits. Text is
 * drawn as text nodes, never as HTML.
 */
export function FigjamPageView(props: { readonly fake: FakeFigma; readonly strings: PlaygroundStrings }) {
  const { fake } = props;
  const svg = useRef<SVGSVGElement>(null);
  const [, setVersion] = useState(0);
  const [ghost, setGhost] = useState<{ id: string; dx: number; dy: number } | undefined>(undefined);
  const drag = useRef<{ id?: string; startBoard: { x: number; y: number }; startScreen: { x: number; y: number }; center: { x: number; y: number }; moved: { x: number; y: number } } | undefined>(undefined);

  useEffect(() => {
    // The fake has no "something changed" hook for a viewer: a cheap signature, checked often.
    let last = '';
    const timer = setInterval(() => {
      const now = signature(fake);
      if (now !== last) {
        last = now;
        setVersion((v) => v + 1);
      }
    }, 120);
    return () => clearInterval(timer);
  }, [fake]);

  const viewport = fake.api.viewport;
  const view = viewport.bounds;
  const nodes = fake.describe().filter((node) => node.type in DRAWN);
  nodes.sort((a, b) => (DRAWN[a.type] ?? 9) - (DRAWN[b.type] ?? 9));
  const selected = new Set(fake.figma.currentPage.selection.map((node) => node.id));
  const toBoard = (event: { clientX: number; clientY: number }) => {
    const matrix = svg.current?.getScreenCTM();
    if (!matrix) return { x: 0, y: 0 };
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    return { x: point.x, y: point.y };
  };
  const zoomBy = (factor: number) => {
    viewport.zoom = Math.min(8, Math.max(0.02, viewport.zoom * factor));
    setVersion((v) => v + 1);
  };

  const start = (event: PointerEvent, node?: NodeDescription) => {
    event.stopPropagation();
    (event.currentTarget as Element).setPointerCapture?.(event.pointerId);
    svg.current?.focus();
    if (node) fake.person.select([node.id]);
    const movable = node && node.type !== 'SECTION' && node.type !== 'FRAME' ? node.id : undefined;
    drag.current = { ...(movable ? { id: movable } : {}), startBoard: toBoard(event), startScreen: { x: event.clientX, y: event.clientY }, center: { ...viewport.center }, moved: { x: 0, y: 0 } };
  };
  const move = (event: PointerEvent) => {
    const current = drag.current;
    if (!current) return;
    if (current.id) {
      const at = toBoard(event);
      current.moved = { x: at.x - current.startBoard.x, y: at.y - current.startBoard.y };
      setGhost({ id: current.id, dx: current.moved.x, dy: current.moved.y });
    } else {
      const dx = (event.clientX - current.startScreen.x) / viewport.zoom;
      const dy = (event.clientY - current.startScreen.y) / viewport.zoom;
      current.moved = { x: dx, y: dy };
      viewport.center = { x: current.center.x - dx, y: current.center.y - dy };
      setVersion((v) => v + 1);
    }
  };
  const end = (event: PointerEvent) => {
    const current = drag.current;
    drag.current = undefined;
    setGhost(undefined);
    if (!current) return;
    const distance = Math.hypot(current.moved.x, current.moved.y);
    if (current.id && distance > 2) fake.person.moveBy(current.id, current.moved.x, current.moved.y);
    else if (!current.id && distance <= 2 && event.target === svg.current) fake.person.select([]);
    setVersion((v) => v + 1);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.shiftKey ? 100 : 20;
    const arrows: Record<string, [number, number]> = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
    const arrow = arrows[event.key];
    const ids = [...selected].filter((id) => fake.node(id)?.type !== 'SECTION');
    if (arrow && ids.length > 0) for (const id of ids) fake.person.moveBy(id, arrow[0], arrow[1]);
    else if (arrow) viewport.center = { x: viewport.center.x + arrow[0] / viewport.zoom, y: viewport.center.y + arrow[1] / viewport.zoom };
    else if (event.key === '+' || event.key === '=') zoomBy(1.25);
    else if (event.key === '-') zoomBy(0.8);
    else if ((event.key === 'Delete' || event.key === 'Backspace') && ids.length > 0) {
      for (const id of ids) fake.person.remove(id);
      fake.person.select([]);
    } else return;
    event.preventDefault();
    setVersion((v) => v + 1);
  };

  return (
    <svg
      ref={svg}
      class="board figjam"
      role="application"
      aria-label={props.strings.pageLabel}
      tabIndex={0}
      viewBox={`${view.x} ${view.y} ${view.width} ${view.height}`}
      preserveAspectRatio="xMidYMid meet"
      data-testid="figjam-page"
      onPointerDown={(event) => start(event)}
      onPointerMove={move}
      onPointerUp={end}
      onWheel={(event) => {
        event.preventDefault();
        zoomBy(event.deltaY > 0 ? 1 / 1.15 : 1.15);
      }}
      onKeyDown={onKeyDown}
    >
      {nodes.map((node) => {
        const [x, y, width, height] = node.box;
        const offset = ghost?.id === node.id ? `translate(${ghost.dx} ${ghost.dy})` : undefined;
        const fill = fillOf(fake, node.id) ?? (node.type === 'STICKY' ? '#fff7bf' : node.type === 'TEXT' ? 'none' : '#ffffff');
        const text = node.type === 'SECTION' || node.type === 'FRAME' ? node.name : (node.text ?? '');
        return (
          <g key={node.id} transform={offset} class={`item node-${node.type.toLowerCase()}${selected.has(node.id) ? ' selected' : ''}`} data-id={node.id} data-type={node.type} onPointerDown={(event) => start(event, node)} onPointerMove={move} onPointerUp={end}>
            <rect x={x} y={y} width={width} height={height} fill={node.type === 'TEXT' ? 'none' : fill} rx={node.type === 'SECTION' ? 12 : 4} />
            {node.type === 'SECTION' || node.type === 'FRAME' ? (
              <text x={x + 8} y={y - 10} class="frame-title" font-size={Math.max(16, width / 80)}>
                {text}
              </text>
            ) : (
              <foreignObject x={x} y={y} width={width} height={height}>
                <div class={node.type === 'TEXT' ? 'item-text item-text-left' : 'item-text'} style={{ fontSize: node.type === 'STICKY' ? '16px' : '14px' }}>
                  {text}
                </div>
              </foreignObject>
            )}
          </g>
        );
      })}
    </svg>
  );
}
