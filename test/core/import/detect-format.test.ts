import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../core/import/detect-format.ts';

describe('detectFormat', () => {
  it('recognises cjm maps by their schema, any version', () => {
    expect(detectFormat({ schema: 'cjm/1', title: 'x', stages: [], layers: [] })).toBe('cjm/1');
    // A future or mistyped version is still a cjm map: parsing it says which version is expected.
    expect(detectFormat({ schema: 'cjm/2' })).toBe('cjm/1');
    expect(detectFormat({ schema: 'other/1' })).toBeUndefined();
  });

  it('recognises Miro REST listings: a page, pages, items, or nothing', () => {
    expect(detectFormat({ data: [], total: 0, type: 'cursor-list' })).toBe('miro-rest');
    expect(detectFormat([{ data: [] }, { data: [] }])).toBe('miro-rest');
    expect(detectFormat([{ id: '1', type: 'sticky_note' }])).toBe('miro-rest');
    expect(detectFormat([])).toBe('miro-rest');
    expect(detectFormat([1, 2])).toBeUndefined();
    expect(detectFormat([{ name: 'x' }])).toBeUndefined();
  });

  it('recognises Figma REST files, nodes responses and exported nodes', () => {
    expect(detectFormat({ name: 'f', editorType: 'figjam', document: { id: '0:0', type: 'DOCUMENT', children: [] } })).toBe('figma-rest');
    expect(detectFormat({ document: { id: '1:2', type: 'STICKY' } })).toBe('figma-rest');
    expect(detectFormat({ nodes: { '1:2': { document: { id: '1:2', type: 'FRAME' } }, '3:4': null } })).toBe('figma-rest');
    expect(detectFormat({ nodes: { '1:2': 'x' } })).toBeUndefined();
    expect(detectFormat({ document: 'x' })).toBeUndefined();
  });

  it('gives undefined for anything else', () => {
    for (const json of [null, undefined, 0, 'cjm/1', true, {}, { items: [] }, { data: {} }]) expect(detectFormat(json)).toBeUndefined();
  });
});
