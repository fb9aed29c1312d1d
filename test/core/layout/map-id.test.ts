import { describe, expect, test } from 'vitest';
import { hashMapId } from '../../../core/layout/map-id.ts';

const stages = (...ids: string[]) => ids.map((id) => ({ id, name: id }));

describe('hashMapId', () => {
  test('is stable: a known value, the same for equal input', () => {
    // FNV-1a of the empty string is its offset basis, 0x811c9dc5
    expect(hashMapId({ title: '', stages: [] })).toBe((0x811c9dc5).toString(36));
    expect(hashMapId({ title: 'Lumus', stages: stages('s1', 's2') })).toBe(hashMapId({ title: 'Lumus', stages: stages('s1', 's2') }));
  });

  test('changes with the title, the stage ids and their order, and keeps fields apart', () => {
    const base = hashMapId({ title: 'Lumus', stages: stages('s1', 's2') });
    expect(hashMapId({ title: 'Lumus 2', stages: stages('s1', 's2') })).not.toBe(base);
    expect(hashMapId({ title: 'Lumus', stages: stages('s2', 's1') })).not.toBe(base);
    expect(hashMapId({ title: 'ab', stages: stages('c') })).not.toBe(hashMapId({ title: 'a', stages: stages('bc') }));
  });

  test('ignores stage names: renaming a column keeps the map recognisable', () => {
    expect(hashMapId({ title: 'T', stages: [{ id: 's1', name: 'Old' }] })).toBe(hashMapId({ title: 'T', stages: [{ id: 's1', name: 'New' }] }));
  });

  test('is short base 36', () => {
    expect(hashMapId({ title: 'Очень длинное название карты 🚀'.repeat(20), stages: stages('a', 'b') })).toMatch(/^[0-9a-z]{1,7}$/);
  });
});
