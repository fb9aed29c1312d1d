import type { FontName } from '@figma/plugin-typings/plugin-api-standalone';

/** `Inter Medium`: how Figma names a font in messages, and the key the fake files fonts under. */
export function fontKey(font: { readonly family: string; readonly style?: string }): string {
  return `${font.family} ${font.style ?? ''}`.trim();
}

/** Fonts every Figma editor offers out of the box (Inter ships with Figma). */
export const DEFAULT_FONTS: readonly FontName[] = [
  { family: 'Inter', style: 'Regular' },
  { family: 'Inter', style: 'Medium' },
  { family: 'Inter', style: 'Semi Bold' },
  { family: 'Inter', style: 'Bold' },
  { family: 'Roboto', style: 'Regular' },
  { family: 'Roboto', style: 'Bold' },
];

/**
 * The fonts of the fake editor: which exist, which the plugin loaded, how often it asked.
 *
 * Quirks (docs/figma-plugin-api.md, "Fonts"): a text property that changes layout can only be
 * written once the node's font is loaded with `loadFontAsync`; loading a font that is not
 * available rejects; loading an already loaded font is cached but still a round trip, so the
 * fake counts every call.
 */
export class FakeFonts {
  readonly #available = new Map<string, FontName>();
  readonly #loaded = new Set<string>();
  /** Every `loadFontAsync` call, in order, as `fontKey`s (failed ones included). */
  readonly loadCalls: string[] = [];

  constructor(fonts: readonly FontName[]) {
    for (const font of fonts) this.#available.set(fontKey(font), { ...font });
  }

  /** The fonts the font picker would list. */
  list(): FontName[] {
    return [...this.#available.values()].map((font) => ({ ...font }));
  }

  isAvailable(font: FontName): boolean {
    return this.#available.has(fontKey(font));
  }

  isLoaded(font: FontName): boolean {
    return this.#loaded.has(fontKey(font));
  }

  /** Makes a font disappear, as when a file uses a font this computer does not have. */
  makeMissing(font: FontName): void {
    this.#available.delete(fontKey(font));
    this.#loaded.delete(fontKey(font));
  }

  /** Makes a font available again (not loaded). */
  add(font: FontName): void {
    this.#available.set(fontKey(font), { ...font });
  }

  /**
   * `loadFontAsync`: a family without a style loads every style of it (docs/figma-plugin-api.md,
   * "Fonts"). Throws what Figma rejects with when nothing matches.
   */
  load(font: { readonly family: string; readonly style?: string }): void {
    this.loadCalls.push(fontKey(font));
    if (font.style === undefined) {
      const styles = [...this.#available.values()].filter((f) => f.family === font.family);
      if (styles.length === 0) throw new Error(`The font family "${font.family}" could not be loaded`);
      for (const style of styles) this.#loaded.add(fontKey(style));
      return;
    }
    const key = fontKey(font);
    if (!this.#available.has(key)) throw new Error(`The font "${key}" could not be loaded`);
    this.#loaded.add(key);
  }

  /** How many times `loadFontAsync` was called for this font. */
  loadsOf(font: FontName): number {
    const key = fontKey(font);
    return this.loadCalls.filter((call) => call === key).length;
  }

  /** Throws Figma's error for writing to a text whose font is not loaded. */
  assertLoaded(font: FontName): void {
    if (this.#loaded.has(fontKey(font))) return;
    throw new Error(
      `Cannot write to node with unloaded font "${fontKey(font)}". Please call figma.loadFontAsync({ family: "${font.family}", style: "${font.style}" }) and await the returned promise first.`,
    );
  }
}
