/** What a metric number counts. */
export type MetricUnit = 'percent' | 'count';

/** A number read from a metric note and its unit, when known. */
export interface ParsedMetric {
  readonly value: number;
  readonly unit: MetricUnit | undefined;
}

/** Reads the main number of a metric note and its unit. (Work in progress.) */
export function parseMetric(_text: string): ParsedMetric | undefined {
  return undefined;
}

/** The main number of a metric note, or undefined. */
export function parseMetricValue(text: string): number | undefined {
  return parseMetric(text)?.value;
}

/** True when the main number of a metric note is a percentage. */
export function isPercent(text: string): boolean {
  return parseMetric(text)?.unit === 'percent';
}
