import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../core/i18n.ts';
import { createMapFromTemplate, TEMPLATES } from '../../../core/templates/index.ts';
import { matchLayerKind } from '../../../core/text/index.ts';

describe('cjm-kit knows its own vocabulary without markers', () => {
  for (const template of TEMPLATES) {
    for (const locale of LOCALES) {
      it(`matches every layer title of "${template.id}" (${locale}) to its kind`, () => {
        const map = createMapFromTemplate(template.id, locale);
        const got = map.layers.map((layer) => [layer.title, matchLayerKind(layer.title)]);
        expect(got).toEqual(map.layers.map((layer) => [layer.title, layer.kind]));
      });
    }
  }

  it('still matches a template title with a small typo or another word form', () => {
    expect(matchLayerKind('SMM recomendations')).toBe('recommendations');
    expect(matchLayerKind('Страхи и барьер')).toBe('barriers');
  });
});
