/** Live audit: re-auditing a board as people edit it, with timers injected by the host. */
export { createLiveAudit, DEFAULT_LIVE_AUDIT_DELAY_MS } from './create-live-audit.ts';
export type { LiveAudit, LiveAuditOptions } from './create-live-audit.ts';
export type { Scheduler } from './scheduler.ts';
export { isFocusSelection } from './focus-selection.ts';
