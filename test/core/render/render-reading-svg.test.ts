import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../core/import/read-document.ts';
import { renderReadingSvg } from '../../../core/render/render-reading-svg.ts';

function clinic(): { data: Record<string, unknown>[] }[] {
  return JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'miro-ru-clinic.json'), 'utf8')) as { data: Record<string, unknown>[] }[];
}

/** Decodes the numeric character references the renderer writes. */
function textOf(svg: string): string {
  return svg.replace(/<[^>]+>/gu, '').replace(/&#(\d+);/gu, (_, code: string) => String.fromCharCode(Number(code)));
}

describe('renderReadingSvg', () => {
  it('draws the board as read: headers, notes, and every orphan marked with its reason', () => {
    const document = readDocument(clinic());
    const [reading] = document.readings;
    if (!reading || !document.snapshot) throw new Error('no reading');
    const svg = renderReadingSvg(document.snapshot, reading);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    const text = textOf(svg);
    expect(text).toContain('Как прочитана доска');
    for (const stage of reading.map.stages) expect(text).toContain(stage.name.split(' ')[0]);
    // Each orphan: a red dashed outline and the reason in words.
    expect(reading.map.orphans.length).toBeGreaterThan(0);
    expect(svg.match(/stroke="#d8343f" stroke-width="4" stroke-dasharray/gu)).toHaveLength(reading.map.orphans.length);
    expect(text).toContain('⚠ лежит за пределами сетки карты');
    // Every note's text is on the picture (wrapped, so compare its first word).
    for (const note of reading.map.notes) expect(text).toContain(note.text.split(/\s/u)[0] ?? '');
  });

  it('lists items without a usable position under the board, and speaks English when asked', () => {
    const pages = clinic();
    const sticky = pages.flatMap((page) => page.data).find((item) => item.type === 'sticky_note');
    if (!sticky) throw new Error('no sticky');
    sticky.position = { x: 'nowhere', y: 0 };
    sticky.data = { content: '<p>Без места</p>' };
    const document = readDocument(pages);
    const [reading] = document.readings;
    if (!reading || !document.snapshot) throw new Error('no reading');
    const text = textOf(renderReadingSvg(document.snapshot, reading, { locale: 'en' }));
    expect(text).toContain('How the board was read');
    expect(text).toContain('⚠ Not placed on the board (no numeric position)');
    expect(text).toContain('• Без места');
  });

  it('never lets board text become markup', () => {
    const listing = {
      data: [
        { id: '1', type: 'shape', data: { content: '<p>&lt;script&gt;alert(1)&lt;/script&gt; Поиск</p>' }, position: { x: 400, y: 100 }, geometry: { width: 300, height: 80 } },
        { id: '2', type: 'shape', data: { content: '<p>Точки контакта</p>' }, position: { x: 100, y: 300 }, geometry: { width: 300, height: 80 } },
        { id: '3', type: 'sticky_note', data: { content: '<p>"quoted" &amp; &lt;b&gt;</p>' }, position: { x: 400, y: 300 }, geometry: { width: 199 } },
      ],
    };
    const document = readDocument(listing);
    const [reading] = document.readings;
    if (!reading || !document.snapshot) throw new Error('no reading');
    const svg = renderReadingSvg(document.snapshot, reading);
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<b>');
    expect(textOf(svg)).toContain('<script>alert(1)</script>');
  });
});
