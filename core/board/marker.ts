/**
 * Markers are short strings cjm-kit stores on the items it creates (Miro item metadata, Figma
 * shared plugin data), so that the reader recognises a generated map exactly, even after users
 * moved, resized or renamed things. Kept under 256 bytes: Miro's item metadata limit.
 *
 * Format: `cjm1;<map>;<role>;<stage>;<layer>`, ids percent-encoded, empty fields for what does not
 * apply.
 */

/** What a generated item is in the map. */
export type MarkerRole =
  | 'frame'
  | 'title'
  | 'phase-band'
  | 'stage-header'
  | 'lane-header'
  | 'layer-header'
  | 'cell'
  | 'note'
  | 'persona'
  | 'emotion-curve';

/** The decoded content of a marker. */
export interface Marker {
  /** Id of the generated map; tells maps on one board apart. */
  readonly map: string;
  readonly role: MarkerRole;
  readonly stage?: string;
  readonly layer?: string;
}

const PREFIX = 'cjm1';
const ROLES: ReadonlySet<string> = new Set<MarkerRole>([
  'frame', 'title', 'phase-band', 'stage-header', 'lane-header', 'layer-header', 'cell', 'note',
  'persona', 'emotion-curve',
]);

/** Encodes a marker. Ids are percent-encoded, so any id survives the trip. */
export function encodeMarker(marker: Marker): string {
  const field = (value: string | undefined) => encodeURIComponent(value ?? '');
  return [PREFIX, field(marker.map), marker.role, field(marker.stage), field(marker.layer)].join(';');
}

/** Decodes a marker; undefined for anything that is not a cjm-kit marker. */
export function decodeMarker(raw: string | undefined): Marker | undefined {
  if (!raw) return undefined;
  const [prefix, map, role, stage, layer, ...rest] = raw.split(';');
  if (prefix !== PREFIX || !map || !role || !ROLES.has(role) || rest.length > 0) return undefined;
  try {
    return {
      map: decodeURIComponent(map),
      role: role as MarkerRole,
      ...(stage ? { stage: decodeURIComponent(stage) } : {}),
      ...(layer ? { layer: decodeURIComponent(layer) } : {}),
    };
  } catch {
    return undefined; // malformed percent-encoding: not ours
  }
}
