import { useRef } from 'preact/hooks';
import { useBoardDrag } from './use-board-drag.ts';
import { htmlToText, miroColorToHex } from '../../core/index.ts';
import type { AbsoluteRect, FakeMiro, ItemRecord } from '../../miro-app/fake/index.ts';
import type { PlaygroundStrings } from './playground-strings.ts';

/** Drawing order: frames under shapes under text under stickies, as on a Miro board. */
const LAYER: Readonly<Record<string, number>> = { frame: 0, shape: 1, text: 2, sticky_note: 3 };

/** A pointer drag: of an item (`id`) or of the board itself (panning). */
/** The fake board's items with their absolute rectangles, in drawing order. */
function drawable(fake: FakeMiro): { record: ItemRecord; rect: AbsoluteRect }[] {
  return [...fake.state.items.values()]
    .filter((record) => record.type in LAYER)
    .map((record) => ({ record, rect: fake.state.absoluteRect(record) }))
    .sort((a, b) => (LAYER[a.record.type] ?? 9) - (LAYER[b.record.type] ?? 9) || b.rect.width * b.rect.height - a.rect.width * a.rect.height);
}

/** The rectangle around every item (the "fit" view), or undefined on an empty board. */
export function boardBounds(fake: FakeMiro): AbsoluteRect | undefined {
  const rects = drawable(fake).map((d) => d.rect);
  if (rects.length === 0) return undefined;
  const x = Math.min(...rects.map((r) => r.x));
  const y = Math.min(...rects.map((r) => r.y));
  return { x, y, width: Math.max(...rects.map((r) => r.x + r.width)) - x, height: Math.max(...rects.map((r) => r.y + r.height)) - y };
}

/** The viewport zoomed by `factor` (> 1 zooms out) around the point `at`. */
export function zoomViewport(view: AbsoluteRect, factor: number, at = { x: view.x + view.width / 2, y: view.y + view.height / 2 }): AbsoluteRect {
  const width = Math.min(200_000, Math.max(200, view.width * factor));
  const scale = width / view.width;
  const height = view.height * scale;
  return { x: at.x - (at.x - view.x) * scale, y: at.y - (at.y - view.y) * scale, width, height };
}

/**
 * The emulated Miro board: the fake's items drawn as SVG, with pan (drag the background), zoom
 * (wheel, +/−), selection (click) and dragging notes between cells, all done through the fake's
 * `person`, so the panel gets the SDK's events as from a real board. Text is drawn as text nodes:
 * board content never becomes HTML here either. The tab around it redraws it when the fake changes.
 */
export function MiroBoardView(props: { readonly fake: FakeMiro; readonly strings: PlaygroundStrings }) {
  const { fake, strings } = props;
  const svg = useRef<SVGSVGElement>(null);
  const panFrom = useRef<AbsoluteRect>(fake.state.viewport);
  const gestures = useBoardDrag(svg, {
    begin: () => {
      panFrom.current = { ...fake.state.viewport };
    },
    pan: (dx, dy) => {
      // Screen pixels to board units, against the viewport the drag started from.
      const rect = svg.current?.getBoundingClientRect();
      const from = panFrom.current;
      if (!rect || rect.width === 0) return;
      const scale = Math.max(from.width / rect.width, from.height / rect.height);
      fake.person.setViewport({ ...from, x: from.x - dx * scale, y: from.y - dy * scale });
    },
    drop: (id, dx, dy) => {
      const record = fake.state.items.get(id);
      if (!record) return;
      const rect = fake.state.absoluteRect(record);
      fake.person.move(id, { x: rect.x + rect.width / 2 + dx, y: rect.y + rect.height / 2 + dy });
    },
    clickBackground: () => fake.person.select([]),
  });
  const { ghost } = gestures;

  const view = fake.state.viewport;
  const selected = new Set(fake.state.selection);
  const items = drawable(fake);
  const onItemDown = (event: PointerEvent, record: ItemRecord) => {
    fake.person.select(event.shiftKey ? [...new Set([...fake.state.selection, record.id])] : [record.id]);
    gestures.start(event, record.type === 'frame' ? undefined : record.id);
  };

  const moveSelection = (dx: number, dy: number) => {
    for (const id of fake.state.selection) {
      const record = fake.state.items.get(id);
      if (!record || record.type === 'frame') continue;
      const rect = fake.state.absoluteRect(record);
      fake.person.move(id, { x: rect.x + rect.width / 2 + dx, y: rect.y + rect.height / 2 + dy });
    }
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.shiftKey ? 100 : 20;
    const arrows: Record<string, [number, number]> = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
    const arrow = arrows[event.key];
    const movable = fake.state.selection.some((id) => fake.state.items.get(id)?.type !== 'frame');
    if (arrow && movable) moveSelection(arrow[0], arrow[1]);
    else if (arrow) fake.person.setViewport({ ...view, x: view.x + (arrow[0] * view.width) / 400, y: view.y + (arrow[1] * view.height) / 400 });
    else if (event.key === '+' || event.key === '=') fake.person.setViewport(zoomViewport(view, 0.8));
    else if (event.key === '-') fake.person.setViewport(zoomViewport(view, 1.25));
    else if ((event.key === 'Delete' || event.key === 'Backspace') && fake.state.selection.length > 0) {
      for (const id of [...fake.state.selection]) if (fake.state.items.has(id)) fake.person.remove(id);
      fake.person.select([]);
    } else if (event.key === 'Escape') fake.person.select([]);
    else return;
    event.preventDefault();
  };

  return (
    <svg
      ref={svg}
      class="board"
      role="application"
      aria-label={strings.boardLabel}
      tabIndex={0}
      viewBox={`${view.x} ${view.y} ${view.width} ${view.height}`}
      preserveAspectRatio="xMidYMid meet"
      data-testid="miro-board"
      onPointerDown={(event) => gestures.start(event)}
      onPointerMove={gestures.move}
      onPointerUp={gestures.end}
      onWheel={(event) => {
        event.preventDefault();
        fake.person.setViewport(zoomViewport(view, event.deltaY > 0 ? 1.15 : 1 / 1.15, gestures.toBoard(event)));
      }}
      onKeyDown={onKeyDown}
    >
      {items.map(({ record, rect }) => {
        const offset = ghost?.id === record.id ? `translate(${ghost.dx} ${ghost.dy})` : undefined;
        const text = record.type === 'frame' ? (record.title ?? '') : htmlToText(record.content ?? '');
        const fill = record.type === 'frame' ? '#ffffff' : miroColorToHex(record.style.fillColor) ?? (record.type === 'sticky_note' ? '#fff9b1' : 'none');
        const fontSize = typeof record.style.fontSize === 'number' ? record.style.fontSize : record.type === 'sticky_note' ? 18 : 14;
        return (
          <g
            key={record.id}
            transform={offset}
            class={`item item-${record.type}${selected.has(record.id) ? ' selected' : ''}`}
            data-id={record.id}
            data-type={record.type}
            onPointerDown={(event) => onItemDown(event, record)}
            onPointerMove={gestures.move}
            onPointerUp={gestures.end}
          >
            <rect x={rect.x} y={rect.y} width={rect.width} height={rect.height} fill={fill} />
            {record.type === 'frame' ? (
              <text x={rect.x} y={rect.y - 12} class="frame-title" font-size={Math.max(16, rect.width / 60)}>
                {text}
              </text>
            ) : (
              <foreignObject x={rect.x} y={rect.y} width={rect.width} height={rect.height}>
                <div class="item-text" style={{ fontSize: `${fontSize}px` }}>
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
