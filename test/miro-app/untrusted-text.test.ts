import { describe, expect, it } from 'vitest';
import { createMapFromTemplate, readBoard } from '../../core/index.ts';
import type { CjmMap } from '../../core/index.ts';
import { generateMap, snapshotBoard } from '../../miro-app/adapter/index.ts';
import { FakeMiro } from '../../miro-app/fake/index.ts';

/** User text is always text: never injected as HTML on the board, and read back as the same text. */

const HOSTILE = '<img src=x onerror=alert(1)>';

describe('hostile text', () => {
  it('in a map stays text on the board and reads back as the same text', async () => {
    const base = createMapFromTemplate('race-basic', 'en', { examples: true });
    const stage = base.stages[0];
    const layer = base.layers[0];
    if (!stage || !layer) throw new Error('empty template');
    const map: CjmMap = {
      ...base,
      title: `Map ${HOSTILE}`,
      stages: base.stages.map((s, i) => (i === 0 ? { ...s, name: `${HOSTILE} & <b>stage</b>` } : s)),
      notes: [...base.notes, { stage: stage.id, layer: layer.id, text: `${HOSTILE}\n"quoted" & <script>x</script>` }],
    };
    const fake = new FakeMiro();
    await generateMap(fake.board, map);
    for (const record of fake.state.items.values()) {
      // Escaped on the way in: no tag of the note survives as markup (Miro would strip <img>).
      expect(record.content ?? '').not.toMatch(/<img|<script|<b>/);
    }
    const [read] = readBoard(await snapshotBoard(fake.board)).maps;
    expect(read?.map.title).toBe(map.title);
    expect(read?.map.stages[0]?.name).toBe(`${HOSTILE} & <b>stage</b>`);
    expect(read?.map.notes.map((n) => n.text)).toContain(`${HOSTILE}\n"quoted" & <script>x</script>`);
  });

  it('typed by a person on the board reads as text; real markup is what Miro kept of it', async () => {
    const fake = new FakeMiro();
    const typed = fake.person.addSticky(HOSTILE, { x: 0, y: 0 });
    const markup = fake.person.add('sticky_note', { x: 400, y: 0, content: `<p>${HOSTILE}hi</p>` });
    const snapshot = await snapshotBoard(fake.board);
    const text = (id: string) => snapshot.items.find((item) => item.id === id)?.text;
    expect(text(typed)).toBe(HOSTILE);
    expect(text(markup)).toBe('hi');
  });
});
