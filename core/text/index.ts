/**
 * Text understanding for the board reader: Miro HTML, row headings, phase bands, emotions,
 * metric numbers and persona blocks. Pure functions, no platform APIs.
 */
export { htmlToText, textToHtml, normalizePlainText } from './html-to-text.ts';
export { normalizeHeading, matchLayerKind, matchPhase } from './match-heading.ts';
export { parseSentiment } from './sentiment.ts';
export { parseMetric, parseMetricValue, isPercent } from './metric-value.ts';
export type { MetricUnit, ParsedMetric } from './metric-value.ts';
export { forgetWordMemos } from './word-memo.ts';
export { formatPersonaText, parsePersonaText, PERSONA_HEADINGS } from './persona-text.ts';
