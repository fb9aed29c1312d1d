import type { FontName } from '@figma/plugin-typings/plugin-api-standalone';
import type { FontRef } from '../../core/index.ts';
import type { FigmaApi } from './figma-api.ts';

/** A font that could not be loaded and the one used in its place. */
export interface FontFallback {
  readonly wanted: FontName;
  readonly used: FontName;
}

function keyOf(font: FontRef): string {
  return `${font.family}\u0000${font.style}`;
}

/** Styles tried, in order, when a family is there but the wanted style is not. */
const PLAIN_STYLES = ['Regular', 'Medium', 'Book', 'Normal', 'Roman'];
/** Families tried when the wanted family is missing: Figma ships Inter everywhere. */
const FALLBACK_FAMILIES = ['Inter', 'Roboto', 'Arial'];

/**
 * The fonts of one generation, loaded before any text is written. Figma refuses to write text
 * whose font is not loaded (docs/figma-plugin-api.md, "Fonts"), and every `loadFontAsync` is a
 * round trip to the editor, so each distinct font is loaded **once**, all at the start. A font
 * that cannot be loaded (missing on this computer, a style the family lacks) is replaced by the
 * closest available one — the same family in a plain style, else Inter — instead of failing the
 * whole map; `fallbacks` says what was replaced.
 */
export class FontBook {
  readonly #used = new Map<string, FontName>();
  /** Fonts that were replaced, in the order they were asked for. */
  readonly fallbacks: FontFallback[] = [];

  private constructor() {}

  /**
   * Loads `wanted` (each distinct font once) and works out the fallbacks.
   * @throws Error when not a single usable font can be loaded.
   */
  static async load(figma: Pick<FigmaApi, 'loadFontAsync' | 'listAvailableFontsAsync'>, wanted: readonly FontRef[]): Promise<FontBook> {
    const book = new FontBook();
    const distinct = [...new Map(wanted.map((font) => [keyOf(font), { family: font.family, style: font.style }])).values()];
    const loaded = new Set<string>();
    const failed = new Set<string>();
    const tryLoad = async (font: FontName): Promise<boolean> => {
      const key = keyOf(font);
      if (loaded.has(key)) return true;
      if (failed.has(key)) return false;
      try {
        await figma.loadFontAsync(font);
        loaded.add(key);
        return true;
      } catch {
        failed.add(key);
        return false;
      }
    };
    const results = await Promise.all(distinct.map(async (font) => ({ font, ok: await tryLoad(font) })));
    let available: FontName[] | undefined;
    for (const { font, ok } of results) {
      if (ok) {
        book.#used.set(keyOf(font), font);
        continue;
      }
      available ??= (await figma.listAvailableFontsAsync()).map((entry) => entry.fontName);
      let used: FontName | undefined;
      for (const candidate of fallbackCandidates(font, available)) {
        if (await tryLoad(candidate)) {
          used = candidate;
          break;
        }
      }
      if (!used) throw new Error(`No font could be loaded: ${font.family} ${font.style} is missing and so is every fallback`);
      book.#used.set(keyOf(font), used);
      book.fallbacks.push({ wanted: font, used });
    }
    return book;
  }

  /** The loaded font to write `font` with (itself, or its fallback). */
  fontFor(font: FontRef): FontName {
    const used = this.#used.get(keyOf(font));
    if (!used) throw new Error(`FontBook: ${font.family} ${font.style} was not loaded`);
    return used;
  }
}

/** Fonts to try instead of `font`, closest first, from what the editor has. */
function fallbackCandidates(font: FontName, available: readonly FontName[]): FontName[] {
  const out: FontName[] = [];
  const add = (candidate: FontName | undefined) => {
    if (candidate && !out.some((f) => keyOf(f) === keyOf(candidate)) && keyOf(candidate) !== keyOf(font)) out.push(candidate);
  };
  const ofFamily = (family: string) => available.filter((f) => f.family === family);
  const plainOf = (family: string) => {
    const styles = ofFamily(family);
    for (const style of PLAIN_STYLES) add(styles.find((f) => f.style === style));
    add(styles[0]);
  };
  plainOf(font.family);
  for (const family of FALLBACK_FAMILIES) {
    // Keep the weight when the fallback family has it (a bold heading stays bold).
    add(ofFamily(family).find((f) => f.style === font.style));
    plainOf(family);
  }
  add(available[0]);
  return out;
}
