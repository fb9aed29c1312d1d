/**
 * The layout planner: from a journey map to a board plan, a flat list of items in one coordinate
 * space that the Miro and Figma adapters draw.
 */
export { planBoard } from './plan-board.ts';
export { resolvePlanSettings, DEFAULT_PLAN_OPTIONS } from './plan-settings.ts';
export type { PlanSettings } from './plan-settings.ts';
export { hashMapId } from './map-id.ts';
export { findPhaseRuns, formatPhaseLabel } from './phase-runs.ts';
export type { PhaseRun } from './phase-runs.ts';
export { pickNoteColor } from './note-color.ts';
export { centredOrigin, findFreeOrigin, FREE_SPACE_GAP } from './free-origin.ts';
export { countTextLines, estimateTextHeight, estimateStickyHeight, measureTextEm } from './measure-text.ts';
export type { TextBox } from './measure-text.ts';
export type {
  BoardPlan,
  ColorToken,
  PlanDotItem,
  PlanFrameItem,
  PlanItem,
  PlanItemBase,
  PlanLineItem,
  PlanNoteItem,
  PlanOptions,
  PlanShape,
  PlanShapeItem,
  PlanTextItem,
} from './types.ts';
export { PLATFORM_PRESETS, PLATFORM_PROFILES } from './platform-profiles.ts';
export type { FontRef, PlatformPreset, PlatformProfile } from './platform-profiles.ts';
