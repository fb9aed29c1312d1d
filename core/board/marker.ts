/**
 * Markers are short strings cjm-kit stores on the items it creates (Miro item metadata, Figma
 * shared plugin data), so that the reader recognises a generated map exactly, even after users
 * moved, resized or renamed things. Never longer than `MARKER_MAX_BYTES`, Miro's item metadata
 * limit: ids too long for that are shortened (marker-ids.ts).
 *
 * Format: `cjm1;<map>;<role>;<stage>;<layer>[;<kind>;<flags>]`, ids percent-encoded, empty fields
 * for what does not apply. Layer headers also carry the layer's kind and `r` when it is required,
 * so a layer renamed to words outside the vocabulary keeps its kind and the audit still knows
 * which cells must be filled. Five-field markers (the first form) still decode.
 */
import { LAYER_KINDS, type LayerKind } from '../model/vocabulary.ts';
import { encodeMarkerField, MARKER_ID_BYTES, MARKER_MAP_BYTES, shortenMarkerId } from './marker-ids.ts';


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
  | 'emotion-curve'
  /** The red "no touchpoints" stickies an audit puts into empty cells: decoration, never a note. */
  | 'gap-marker';

/** The decoded content of a marker. */
export interface Marker {
  /** Id of the generated map; tells maps on one board apart. */
  readonly map: string;
  readonly role: MarkerRole;
  readonly stage?: string;
  readonly layer?: string;
  /** Layer headers: the layer's kind. */
  readonly kind?: LayerKind;
  /** Layer headers: true when the layer is required. */
  readonly required?: boolean;
}

const PREFIX = 'cjm1';
const KINDS: ReadonlySet<string> = new Set(LAYER_KINDS);
const ROLES: ReadonlySet<string> = new Set<MarkerRole>([
  'frame', 'title', 'phase-band', 'stage-header', 'lane-header', 'layer-header', 'cell', 'note',
  'persona', 'emotion-curve', 'gap-marker',
]);

/**
 * The most UTF-8 bytes a marker may take: Miro's limit for an app's metadata on one item (see
 * docs/platform-notes.md, "Marker size"). Figma's shared plugin data allows far more; the
 * tighter limit holds for both. {@link encodeMarker} stays {@link MARKER_HEADROOM} below it.
 */
export const MARKER_MAX_BYTES = 256;

/**
 * Bytes a marker leaves unused below {@link MARKER_MAX_BYTES}: Miro stores metadata as JSON under
 * a key, so the quotes and a key of up to 30 characters must fit as well.
 */
export const MARKER_HEADROOM = 32;

/**
 * Encodes a marker, in at most `MARKER_MAX_BYTES - MARKER_HEADROOM` bytes (plain ASCII). Ids are
 * percent-encoded, so any id survives the trip; an id too long for its field is shortened
 * (`shortenMarkerId`) and decodes to the shortened id. Within a map, pass ids through
 * `assignMarkerIds` first to keep shortened ids unique.
 */
export function encodeMarker(marker: Marker): string {
  // encodeURIComponent throws on a lone surrogate; such an id (broken text from somewhere) is
  // written with U+FFFD instead of failing the whole board (encodeMarkerField).
  const field = (value: string | undefined, maxBytes: number) => encodeMarkerField(shortenMarkerId(value ?? '', maxBytes));
  const fields = [PREFIX, field(marker.map, MARKER_MAP_BYTES), marker.role, field(marker.stage, MARKER_ID_BYTES), field(marker.layer, MARKER_ID_BYTES)];
  if (marker.kind !== undefined || marker.required) fields.push(marker.kind ?? '', marker.required ? 'r' : '');
  return fields.join(';');
}

/** Decodes a marker; undefined for anything that is not a cjm-kit marker. */
export function decodeMarker(raw: string | undefined): Marker | undefined {
  if (!raw) return undefined;
  const [prefix, map, role, stage, layer, kind, flags, ...rest] = raw.split(';');
  if (prefix !== PREFIX || !map || !role || !ROLES.has(role) || rest.length > 0) return undefined;
  if (kind && !KINDS.has(kind)) return undefined;
  try {
    return {
      map: decodeURIComponent(map),
      role: role as MarkerRole,
      ...(stage ? { stage: decodeURIComponent(stage) } : {}),
      ...(layer ? { layer: decodeURIComponent(layer) } : {}),
      ...(kind ? { kind: kind as LayerKind } : {}),
      ...(flags === 'r' ? { required: true } : {}),
    };
  } catch {
    return undefined; // malformed percent-encoding: not ours
  }
}
