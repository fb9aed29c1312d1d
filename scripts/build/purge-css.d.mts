/** `css` without its remote `@import`s and without the rules whose classes `sources` never name. */
export function purgeCss(css: string, sources: readonly string[]): string;
