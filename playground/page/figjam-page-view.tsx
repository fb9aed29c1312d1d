import { useEffect, useRef, useState } from 'preact/hooks';
import { useBoardDrag } from './use-board-drag.ts';
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
  const zoomBy = (factor: number) => {
    viewport.zoom = Math.min(8, Math.max(0.02, viewport.zoom * factor));
    setVersion((v) => v + 1);
  };

  const panFrom = useRef(viewport.center);
  const gestures = useBoardDrag(svg, {
    begin: () => {
      panFrom.current = { ...viewport.center };
    },
    pan: (dx, dy) => {
      viewport.center = { x: panFrom.current.x - dx / viewport.zoom, y: panFrom.current.y - dy / viewport.zoom };
      setVersion((v) => v + 1);
    },
    drop: (id, dx, dy) => {
      fake.person.moveBy(id, dx, dy);
      setVersion((v) => v + 1);
    },
    clickBackground: () => {
      fake.person.select([]);
      setVersion((v) => v + 1);
    },
  });
  const { ghost } = gestures;
  const onNodeDown = (event: PointerEvent, node: NodeDescription) => {
    fake.person.select([node.id]);
    gestures.start(event, node.type === 'SECTION' || node.type === 'FRAME' ? undefined : node.id);
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
      onPointerDown={(event) => gestures.start(event)}
      onPointerMove={gestures.move}
      onPointerUp={gestures.end}
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
          <g key={node.id} transform={offset} class={`item node-${node.type.toLowerCase()}${selected.has(node.id) ? ' selected' : ''}`} data-id={node.id} data-type={node.type} onPointerDown={(event) => onNodeDown(event, node)} onPointerMove={gestures.move} onPointerUp={gestures.end}>
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
