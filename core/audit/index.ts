/**
 * The audit: rules that check a journey map against docs/domain.md (*What an audit looks for*), and
 * the funnel arithmetic they and the reports share.
 */
export { audit } from './audit.ts';
export { auditReading } from './audit-reading.ts';
export { auditSnapshot } from './audit-snapshot.ts';
export type { AuditedMap, SnapshotAudit } from './audit-snapshot.ts';
export { locateFinding } from './locate-finding.ts';
export { findGapCells, DEFAULT_GAP_KINDS } from './find-gap-cells.ts';
export type { FindGapCellsOptions, GapCell } from './find-gap-cells.ts';
export { GAP_MARKER_TEXTS } from './gap-marker-texts.ts';
export { RULE_IDS, SEVERITIES } from './types.ts';
export type { AuditOptions, Finding, FindingLocation, Rule, RuleFinding, RuleId, Severity } from './types.ts';
export { RULES, getRule } from './rules/index.ts';
export { createAuditContext } from './context.ts';
export type { AuditContext } from './context.ts';
export { computeFunnel, computeFunnels, findBottleneck, readMetric } from './funnel.ts';
export type { Funnel, FunnelStep, MetricReading } from './funnel.ts';
export { describeOrphanReason } from '../read/orphan-reasons.ts';
export { suggestOrphanFix } from './rules/orphan-note.ts';
export { formatMetric, formatNumber, formatShare, nameLayer, nameLayerInFull, nameStage, nameStageInFull, quote, quoteNote, quoteStage, toOneLine } from './wording.ts';
