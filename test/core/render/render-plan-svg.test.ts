import { describe, expect, it } from 'vitest';
import { planBoard } from '../../../core/layout/index.ts';
import type { CjmMap } from '../../../core/model/map.ts';
import { escapeXml, renderPlanSvg, wrap } from '../../../core/render/render-plan-svg.ts';

const map: CjmMap = {
  schema: 'cjm/1',
  title: 'Map <script>alert(1)</script> & "co"',
  locale: 'en',
  stages: [{ id: 's1', name: 'Search <b>', phase: 'reach' }],
  layers: [{ id: 'l1', kind: 'emotions', title: 'Emotions' }],
  notes: [{ stage: 's1', layer: 'l1', text: "<img src=x onerror=alert('x')>", sentiment: -1 }],
  orphans: [],
};

describe('renderPlanSvg', () => {
  const svg = renderPlanSvg(planBoard(map));

  it('escapes every piece of board text: content is never markup', () => {
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<img');
    expect(svg).not.toContain('<b>');
    // Lines may wrap anywhere: compare the text of all lines run together, spaces aside.
    const drawn = [...svg.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/gu)].map((m) => m[1]).join('').replaceAll(' ', '');
    expect(drawn).toContain('Map&#60;script&#62;alert(1)&#60;/script&#62;&#38;&#34;co&#34;');
  });

  it('draws the frame as the view box and a shape per sticky', () => {
    const plan = planBoard(map);
    const { x, y, width, height } = plan.bounds;
    expect(svg).toContain(`viewBox="${x} ${y} ${width} ${height}"`);
    const stickies = plan.items.filter((item) => item.shape === 'sticky').length;
    expect(svg.match(/rx="2"/gu)).toHaveLength(stickies);
  });

  it('drops characters XML forbids, so the document stays well-formed', () => {
    expect(escapeXml('a\u0001b\u000bc\ud800')).toBe('ab\nc');
  });

  it('escapes the five XML characters', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;');
  });
});

describe('wrap', () => {
  it('breaks at spaces, and inside a word longer than a line', () => {
    expect(wrap('Рекомендации SMM по каналам', 14)).toEqual(['Рекомендации', 'SMM по каналам']);
    expect(wrap('инфлюенс-маркетинг', 8)).toEqual(['инфлюенс', '-маркети', 'нг']);
    expect(wrap('a\nb', 10)).toEqual(['a', 'b']);
  });

  it('never makes a line longer than asked', () => {
    for (const line of wrap('Выполнить повышенный план продаж в следующем квартале 😀😀😀', 9)) expect([...line].length).toBeLessThanOrEqual(9);
  });
});
