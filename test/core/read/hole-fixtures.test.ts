import { describe, expect, it } from 'vitest';
import { audit, readDocument, type CjmMap } from '../../../core/index.ts';
import { drawHoleBoard, type HoleSketch } from '../../fixtures/holes/draw-hole-board.ts';

/*
 * Issue #12, case 7's corners, each drawn from a sketch as a Miro REST listing and a Figma REST
 * file (FigJam or design), in Russian and English: a heading deleted where only one note (or a
 * line of notes) says a row or column is there, lanes with an empty row of their own, and a
 * container with only its placeholder name. What a careful person reads is written by each board.
 */

interface Case {
  readonly name: string;
  readonly sketch: HoleSketch;
  /** Stage names as read (`''` unnamed), with their lanes. */
  readonly stages: readonly string[];
  readonly layers: readonly string[];
  readonly title?: string;
  readonly warnings: readonly string[];
  /** Audit rules that must report an error. */
  readonly errors: readonly string[];
}

const CASES: readonly Case[] = [
  {
    /*
     *  Frame «Доставка продуктов»
     *              [Выбор][Заказ][Оплата][Получение]
     *  [Цель     ]  s      s      s       s
     *  [Действия ]  s      s      s       s
     *  [         ]                s                ← «Рекомендации» deleted: one note
     *  [Точки контакта] s  s      s       s
     */
    name: 'miro-ru-one-note-row',
    sketch: {
      format: 'miro',
      container: 'Доставка продуктов',
      stages: ['Выбор', 'Заказ', 'Оплата', 'Получение'],
      rows: ['Цель', 'Действия', '', 'Точки контакта'],
      notes: [
        ...[0, 1, 2, 3].flatMap((s) => [[s, 0, `Цель ${s + 1}`], [s, 1, `Шаг ${s + 1}`], [s, 3, `Канал ${s + 1}`]] as const),
        [2, 2, 'Оплата в один клик'],
      ],
    },
    stages: ['Выбор', 'Заказ', 'Оплата', 'Получение'],
    layers: ['Цель', 'Действия', '', 'Точки контакта'],
    warnings: ['unnamed-layer'],
    errors: ['unreadable-map', 'missing-recommendations'],
  },
  {
    /*
     *  Section "Onboarding"
     *              [Sign up][        ][Set up][Invite]   ← "Verify" deleted: one sticky under it
     *  [Goal      ]  s                 s       s
     *  [Touchpoints] s        s        s       s
     *  [Ideas     ]  s                 s       s
     */
    name: 'figjam-en-one-note-column',
    sketch: {
      format: 'figjam',
      container: 'Onboarding',
      stages: ['Sign up', '', 'Set up', 'Invite'],
      rows: ['Goal', 'Touchpoints', 'Ideas'],
      notes: [...[0, 2, 3].flatMap((s) => [[s, 0, `Goal ${s + 1}`], [s, 1, `Channel ${s + 1}`], [s, 2, `Idea ${s + 1}`]] as const), [1, 1, 'Verification e-mail']],
    },
    stages: ['Sign up', '', 'Set up', 'Invite'],
    layers: ['Goal', 'Touchpoints', 'Ideas'],
    warnings: ['unnamed-stage'],
    // The unnamed stage has no idea: its gap shows, and the map fails for its missing header.
    errors: ['unreadable-map', 'missing-recommendations'],
  },
  {
    /*
     *  Frame "Returns" (Figma design file, cards), stage row drawn under the grid
     *  [Goal       ]  c        c        c
     *  [           ]  c        c        c      ← "Touchpoints" deleted: a line of cards
     *  [Feelings   ]  c        c        c
     *  [Ideas      ]  c        c        c
     *               [Request][Ship back][Refund]
     */
    name: 'figma-en-line-of-notes-stage-row-below',
    sketch: {
      format: 'figma',
      container: 'Returns',
      stageRowBelow: true,
      stages: ['Request', 'Ship back', 'Refund'],
      rows: ['Goal', '', 'Feelings', 'Ideas'],
      notes: [0, 1, 2].flatMap((s) => [[s, 0, `Wants ${s + 1}`], [s, 1, `Portal ${s + 1}`], [s, 2, `Calm ${s + 1}`], [s, 3, `Fix ${s + 1}`]] as const),
    },
    stages: ['Request', 'Ship back', 'Refund'],
    layers: ['Goal', '', 'Feelings', 'Ideas'],
    warnings: ['unnamed-layer'],
    errors: ['unreadable-map', 'missing-touchpoints'],
  },
  {
    /* The same in Russian on Miro: «Цель», (deleted «Точки контакта»), «Эмоции», «Идеи»; stages under the grid. */
    name: 'miro-ru-line-of-notes-stage-row-below',
    sketch: {
      format: 'miro',
      container: 'Возврат товара',
      stageRowBelow: true,
      stages: ['Заявка', 'Отправка', 'Возврат денег'],
      rows: ['Цель', '', 'Эмоции', 'Идеи'],
      notes: [0, 1, 2].flatMap((s) => [[s, 0, `Хочет ${s + 1}`], [s, 1, `Портал ${s + 1}`], [s, 2, `Спокоен ${s + 1}`], [s, 3, `Идея ${s + 1}`]] as const),
    },
    stages: ['Заявка', 'Отправка', 'Возврат денег'],
    layers: ['Цель', '', 'Эмоции', 'Идеи'],
    warnings: ['unnamed-layer'],
    errors: ['unreadable-map', 'missing-touchpoints'],
  },
  {
    /*
     *  Section «Покупка мебели», lanes in the heading column (orange labels, grey headings)
     *                  [Выбор][Покупка]
     *  [Онлайн        ]
     *  [Действия      ]  s      s
     *  [Точки контакта]  s      s
     *  [Офлайн        ]
     *  [Действия      ]  s      s
     *  [Точки контакта]  s      s
     *  [Заметки       ]                ← an empty row of the second lane, unknown kind
     */
    name: 'figjam-ru-empty-row-in-later-lane',
    sketch: {
      format: 'figjam',
      container: 'Покупка мебели',
      stages: ['Выбор', 'Покупка'],
      rows: [{ lane: 'Онлайн' }, 'Действия', 'Точки контакта', { lane: 'Офлайн' }, 'Действия', 'Точки контакта', 'Заметки'],
      notes: [0, 1].flatMap((s) => [[s, 1, `Ищет ${s}`], [s, 2, `Сайт ${s}`], [s, 4, `Идёт ${s}`], [s, 5, `Салон ${s}`]] as const),
    },
    stages: ['Выбор (Онлайн)', 'Покупка (Онлайн)', 'Выбор (Офлайн)', 'Покупка (Офлайн)'],
    layers: ['Действия', 'Точки контакта', 'Заметки'],
    warnings: [],
    // No recommendations row in either lane; the lanes themselves read whole.
    errors: ['missing-recommendations'],
  },
  {
    /* The same on Miro in English: "Web" and "Store" lanes, an empty "Notes" row in the second. */
    name: 'miro-en-empty-row-in-later-lane',
    sketch: {
      format: 'miro',
      container: 'Buying a sofa',
      stages: ['Choose', 'Buy'],
      rows: [{ lane: 'Web' }, 'Actions', 'Touchpoints', { lane: 'Store' }, 'Actions', 'Touchpoints', 'Notes'],
      notes: [0, 1].flatMap((s) => [[s, 1, `Browses ${s}`], [s, 2, `Site ${s}`], [s, 4, `Visits ${s}`], [s, 5, `Showroom ${s}`]] as const),
    },
    stages: ['Choose (Web)', 'Buy (Web)', 'Choose (Store)', 'Buy (Store)'],
    layers: ['Actions', 'Touchpoints', 'Notes'],
    warnings: [],
    errors: ['missing-recommendations'],
  },
  {
    /* A Figma frame named only "Frame 3", no title text on the board: the map has no title. */
    name: 'figma-en-placeholder-frame',
    sketch: {
      format: 'figma',
      container: 'Frame 3',
      stages: ['Find', 'Try', 'Pay'],
      rows: ['Goal', 'Touchpoints', 'Recommendations'],
      notes: [0, 1, 2].flatMap((s) => [[s, 0, `Goal ${s}`], [s, 1, `Ad ${s}`], [s, 2, `Tip ${s}`]] as const),
    },
    stages: ['Find', 'Try', 'Pay'],
    layers: ['Goal', 'Touchpoints', 'Recommendations'],
    title: '',
    warnings: [],
    errors: [],
  },
  {
    /* A Miro frame named «Фрейм 2» (typed as the Russian placeholder), no title text: no title. */
    name: 'miro-ru-placeholder-frame',
    sketch: {
      format: 'miro',
      container: 'Фрейм 2',
      stages: ['Поиск', 'Выбор', 'Покупка'],
      rows: ['Цель', 'Точки контакта', 'Рекомендации'],
      notes: [0, 1, 2].flatMap((s) => [[s, 0, `Цель ${s}`], [s, 1, `Реклама ${s}`], [s, 2, `Совет ${s}`]] as const),
    },
    stages: ['Поиск', 'Выбор', 'Покупка'],
    layers: ['Цель', 'Точки контакта', 'Рекомендации'],
    title: '',
    warnings: [],
    errors: [],
  },
];

/** Board id → `stage (lane) × layer` of each note as read; orphans as `orphan (reason)`. */
function placementsOf(map: CjmMap): Map<string, string> {
  const stages = new Map(map.stages.map((s) => [s.id, `${s.name}${s.lane ? ` (${s.lane})` : ''}`]));
  const layers = new Map(map.layers.map((l) => [l.id, l.title]));
  const read = new Map<string, string>();
  for (const note of map.notes) read.set(note.source?.id ?? '', `${stages.get(note.stage) ?? '?'} × ${layers.get(note.layer) ?? '?'}`);
  for (const orphan of map.orphans) read.set(orphan.source?.id ?? '', `orphan (${orphan.reason})`);
  return read;
}

describe.each(CASES.map((c) => [c.name, c] as const))('hole fixture %s', (name, c) => {
  const board = drawHoleBoard(c.sketch);
  const document = readDocument(board.json, { where: name });
  const reading = document.readings[0];
  const map = reading?.map as CjmMap;

  it('is read as one map with the stages and layers drawn, unnamed where a header is missing', () => {
    expect(document.readings).toHaveLength(1);
    expect(map.stages.map((s) => `${s.name}${s.lane ? ` (${s.lane})` : ''}`)).toEqual(c.stages);
    expect(map.layers.map((l) => l.title)).toEqual(c.layers);
    if (c.title !== undefined) expect(map.title).toBe(c.title);
  });

  it('puts every note in the cell it was drawn in', () => {
    const read = placementsOf(map);
    expect(Object.fromEntries([...board.placements.keys()].map((id) => [id, read.get(id)]))).toEqual(Object.fromEntries(board.placements));
  });

  it('warns where a header is missing, and the audit fails what it must', () => {
    const codes = (reading?.warnings ?? []).map((w) => w.code);
    for (const code of c.warnings) expect(codes).toContain(code);
    if (c.warnings.length === 0) expect(codes.filter((code) => code === 'unnamed-stage' || code === 'unnamed-layer')).toEqual([]);
    const errors = new Set(audit(map).filter((f) => f.severity === 'error').map((f) => f.rule));
    expect([...errors].sort()).toEqual([...c.errors].sort());
  });
});
