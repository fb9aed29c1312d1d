/**
 * The fake editor's styled text behaves as docs/figma-plugin-api.md, "Styled text", says Figma's
 * does: mixed properties read `figma.mixed`, `getStyledTextSegments` cuts where an asked field
 * changes and checks its arguments, range setters need their fonts loaded and are undone with
 * the run, and a REST file's style overrides load as styled ranges.
 */
import type { FontName, StickyNode, TextNode } from '@figma/plugin-typings/plugin-api-standalone';
import { describe, expect, it } from 'vitest';
import { createFakeFigma } from '../../figma-plugin/fake/index.ts';

const REGULAR: FontName = { family: 'Inter', style: 'Regular' };
const BOLD: FontName = { family: 'Inter', style: 'Bold' };

/** A plugin-made text "hello world" with "hello" bold (the docs' example). */
async function helloWorld() {
  const fake = createFakeFigma({ editor: 'figma' });
  const { figma } = fake;
  await figma.loadFontAsync(REGULAR);
  await figma.loadFontAsync(BOLD);
  const text = figma.createText();
  text.characters = 'hello world';
  text.setRangeFontName(0, 5, BOLD);
  return { fake, figma, text };
}

describe('fake styled text', () => {
  it('reads mixed properties as figma.mixed and lists segments as the docs show', async () => {
    const { figma, text } = await helloWorld();
    expect(text.fontName).toBe(figma.mixed);
    expect(text.fontWeight).toBe(figma.mixed);
    expect(text.fontSize).toBe(12);
    expect(text.getStyledTextSegments(['fontName'])).toEqual([
      { characters: 'hello', start: 0, end: 5, fontName: BOLD },
      { characters: ' world', start: 5, end: 11, fontName: REGULAR },
    ]);
    // Only the fields asked for cut the text: one size throughout is one segment.
    expect(text.getStyledTextSegments(['fontSize'])).toEqual([{ characters: 'hello world', start: 0, end: 11, fontSize: 12 }]);
    expect(text.getStyledTextSegments(['fontWeight', 'fontSize'], 3, 8)).toEqual([
      { characters: 'lo', start: 3, end: 5, fontWeight: 700, fontSize: 12 },
      { characters: ' wo', start: 5, end: 8, fontWeight: 400, fontSize: 12 },
    ]);
  });

  it('checks the arguments of getStyledTextSegments and of the range setters', async () => {
    const { text } = await helloWorld();
    const untyped = text as unknown as { getStyledTextSegments(fields: unknown, start?: number, end?: number): unknown };
    expect(() => untyped.getStyledTextSegments('fontName')).toThrow(/"fields" to be an array/u);
    expect(() => untyped.getStyledTextSegments(['fontname'])).toThrow(/"fields\[0\]" to be one of/u);
    expect(() => untyped.getStyledTextSegments(['fontSize'], 2)).toThrow(/"end" is required/u);
    expect(() => text.getStyledTextSegments(['fontSize'], 4, 20)).toThrow(/0 <= start <= end <= 11/u);
    expect(text.getStyledTextSegments(['fontSize'], 4, 4)).toEqual([]);
    // A valid field the fake keeps no record of fails loudly rather than answering wrongly.
    expect(() => text.getStyledTextSegments(['fills'])).toThrow(/not modelled/u);
    expect(() => text.setRangeFontSize(5, 5, 20)).toThrow(/0 <= start < end <= 11/u);
    expect(() => text.setRangeFontSize(0, 5, 0)).toThrow(/font size >= 1/u);
  });

  it('needs the fonts loaded to restyle a range: the new font for setRangeFontName, the range\'s for setRangeFontSize', async () => {
    const fake = createFakeFigma({ editor: 'figma' });
    const { figma } = fake;
    await figma.loadFontAsync(REGULAR);
    const text = figma.createText();
    text.characters = 'Title\nbody';
    expect(() => text.setRangeFontName(0, 5, BOLD)).toThrow(/unloaded font "Inter Bold"/u);
    await figma.loadFontAsync(BOLD);
    text.setRangeFontName(0, 5, BOLD);
    // A font missing from the file's text blocks layout writes over the range holding it, and only there.
    fake.fonts.makeMissing(BOLD);
    expect(() => text.setRangeFontSize(0, 3, 20)).toThrow(/unloaded font "Inter Bold"/u);
    text.setRangeFontSize(6, 10, 10);
    expect(() => (text.characters = 'new')).toThrow(/unloaded font "Inter Bold"/u);
    expect(text.hasMissingFont).toBe(true);
    expect(text.getStyledTextSegments(['fontName', 'fontSize']).map((s) => [s.characters, s.fontName.style, s.fontSize])).toEqual([
      ['Title', 'Bold', 12],
      ['\n', 'Regular', 12],
      ['body', 'Regular', 10],
    ]);
  });

  it('gives new characters the first character\'s style, and undoes range styling with the run', async () => {
    const { fake, text } = await helloWorld();
    text.characters = 'bye';
    expect(text.fontName).toEqual(BOLD);
    fake.undo();
    expect(fake.nodeCount()).toBe(0);
    const typed = fake.person.addText('Name\nrest', { x: 0, y: 0 });
    fake.person.styleText(typed.id, 0, 4, { fontSize: 24 });
    expect((fake.node(typed.id) as unknown as TextNode).fontSize).toBe(fake.figma.mixed);
    fake.undo();
    expect((fake.node(typed.id) as unknown as TextNode).fontSize).toBe(12);
  });

  it('styles a sticky\'s text sublayer the same way, FigJam\'s Inter Medium underneath', () => {
    const fake = createFakeFigma({ editor: 'figjam' });
    const node = fake.person.addSticky('Idea\nwhy it helps', { x: 0, y: 0 });
    fake.person.styleText(node.id, 0, 4, { fontName: BOLD });
    const sticky = fake.node(node.id) as unknown as StickyNode;
    expect(sticky.text.fontWeight).toBe(fake.figma.mixed);
    expect(sticky.text.fontSize).toBe(16);
    expect(sticky.text.getStyledTextSegments(['fontWeight'])).toEqual([
      { characters: 'Idea', start: 0, end: 4, fontWeight: 700 },
      { characters: '\nwhy it helps', start: 4, end: 17, fontWeight: 500 },
    ]);
  });

  it('loads a REST file\'s style overrides as styled ranges, trailing characters in the node\'s own style', () => {
    const node = {
      id: '1:2', name: 't', type: 'TEXT', characters: 'Goal\nwhat they want', absoluteBoundingBox: { x: 0, y: 0, width: 200, height: 40 },
      style: { fontFamily: 'Inter', fontWeight: 400, fontSize: 14 }, characterStyleOverrides: [1, 1, 1, 1], styleOverrideTable: { 1: { fontWeight: 700, fontSize: 20 } },
    };
    const fake = createFakeFigma({ file: { editorType: 'figma', document: { id: '0:0', type: 'DOCUMENT', children: [{ id: '0:1', type: 'CANVAS', name: 'P', children: [node] }] } } });
    const text = fake.node('1:2') as unknown as TextNode;
    expect(text.getStyledTextSegments(['fontName', 'fontSize'])).toEqual([
      { characters: 'Goal', start: 0, end: 4, fontName: BOLD, fontSize: 20 },
      { characters: '\nwhat they want', start: 4, end: 19, fontName: REGULAR, fontSize: 14 },
    ]);
    // The one call above is counted; loading the file made none.
    expect(fake.readsOf('getStyledTextSegments')).toBe(1);
  });
});
