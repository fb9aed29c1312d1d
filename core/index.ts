/**
 * cjm-kit core: platform-neutral journey maps. What the Miro app, the Figma plugin and the
 * command line build on:
 *
 *   template ─ createMapFromTemplate ─▶ CjmMap ─ planBoard ─▶ BoardPlan ─ writePlan ─▶ (the board)
 *   board ─▶ (adapter or importer) ─▶ BoardSnapshot ─ readBoard ─▶ MapReading ─ auditReading ─▶ Finding[]
 *   MapReading ─ findGapCells ─▶ GapCell[] (where gap markers go); createLiveAudit re-audits as people edit
 *
 * This file is the one public API: everything outside core imports from here (docs/architecture.md,
 * *One public API*); docs/adapter-guide.md shows how the plugins use it.
 */
export * from './model/index.ts';
export { LOCALES, guessLocale, pick } from './i18n.ts';
export type { Locale, Localized } from './i18n.ts';
export { InputError, isInputError } from './errors.ts';
export type { Point, Rect } from './geometry.ts';

export { TEMPLATES, createMapFromTemplate, getTemplate, listTemplates, LAYER_PROMPTS } from './templates/index.ts';
export type { Template, TemplateLayer, TemplateStage, TemplateSummary } from './templates/index.ts';

export { planBoard, PLATFORM_PRESETS, PLATFORM_PROFILES, centredOrigin, findFreeOrigin, FREE_SPACE_GAP } from './layout/index.ts';
export type {
  BoardPlan,
  ColorToken,
  FontRef,
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
  PlatformPreset,
  PlatformProfile,
} from './layout/index.ts';
export { renderPlanSvg } from './render/render-plan-svg.ts';
export { renderReadingSvg } from './render/render-reading-svg.ts';
export type { ReadingSvgOptions } from './render/render-reading-svg.ts';

export type { BoardItem, BoardItemType, BoardSnapshot, SnapshotWarning, SnapshotWarningOutcome } from './board/snapshot.ts';
export { decodeMarker, encodeMarker, MARKER_HEADROOM, MARKER_MAX_BYTES } from './board/marker.ts';
export { assignMarkerIds } from './board/marker-ids.ts';
export type { Marker, MarkerRole } from './board/marker.ts';

export { htmlToText, textToHtml } from './text/index.ts';
export { stripControlChars } from './text/control-chars.ts';
export { readBoard, ORPHAN_REASONS, WARNING_CODES } from './read/index.ts';
export type { WarningCode } from './read/index.ts';
export { makeWarning } from './read/warnings.ts';
export type { BoardReading, ItemRole, MapReading, ReadOptions, ReadWarning } from './read/index.ts';
export type { MapGeometry } from './read/types.ts';
export { cellRect, EMPTY_MAP_GEOMETRY } from './read/map-geometry.ts';
export { detectFormat, figmaTextRuns, hasLinesToSetApart, IMPORT_WARNING_CODE, importFigmaRest, importMiroRest, importWarningsToRead, MiroListingImporter, miroItemTitle, miroPageHasNext, readDocument, readImportedBoard, styledFirstLine } from './import/index.ts';
export type { DocumentFormat, DocumentReading, MiroListingFacts, ReadDocumentOptions, TextStyleRun } from './import/index.ts';
export * from './platform/index.ts';

export { audit, auditReading, auditSnapshot, computeFunnel, DEFAULT_GAP_KINDS, findGapCells, GAP_MARKER_TEXTS, RULES, RULE_IDS } from './audit/index.ts';
export type { AuditedMap, AuditOptions, Finding, FindingLocation, FindGapCellsOptions, GapCell, RuleId, Severity, SnapshotAudit } from './audit/index.ts';
export {
  countFindings,
  escapeMarkdown,
  formatCsv,
  formatFindingCounts,
  formatJsonReport,
  formatMarkdownReport,
  formatQuantity,
  formatTextReport,
} from './report/index.ts';
export type { CsvDelimiter, CsvOptions, FindingCounts, MarkdownReportOptions, TextReportOptions, WordForms } from './report/index.ts';

export { writePlan, PlanRollbackError, PlanWriteAbortedError } from './write/index.ts';
export type { AbortSignalLike, PlanWriter, WritePlanOptions } from './write/index.ts';
export { createLiveAudit, DEFAULT_LIVE_AUDIT_DELAY_MS, isFocusSelection } from './live/index.ts';
export type { LiveAudit, LiveAuditOptions, Scheduler } from './live/index.ts';
