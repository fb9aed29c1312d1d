/** The journey map model: the cjm/1 format, its validation, RACE phases and the layer vocabulary. */
export {
  CjmMapSchema,
  LayerSchema,
  NoteSchema,
  OrphanSchema,
  PersonaSchema,
  SCHEMA_ID,
  SourceSchema,
  StageSchema,
} from './map.ts';
export type { CjmMap, Layer, Note, Orphan, Persona, Sentiment, Source, Stage } from './map.ts';
export { indexCells } from './cells.ts';
export type { NotesInCell } from './cells.ts';
export { readSentiment } from './note-sentiment.ts';
export { formatPath, parseMap, serializeMap, validateMap } from './parse-map.ts';
export type { MapProblem, MapValidation } from './parse-map.ts';
export { mapTextPieces, writeMapText } from './write-map-text.ts';
export type { WriteMapTextOptions } from './write-map-text.ts';
export { FUNNEL_PHASES, PHASES, PHASE_INFO } from './phases.ts';
export type { Phase, PhaseInfo } from './phases.ts';
export { LAYER_KINDS, LAYER_VOCABULARY } from './vocabulary.ts';
export type { LayerKind, LayerKindInfo, NoteColor } from './vocabulary.ts';
