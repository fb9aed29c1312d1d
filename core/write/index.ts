/** Writing a board plan onto a board: the engine both adapters use, with rollback. */
export { writePlan } from './write-plan.ts';
export { orderForWriting } from './order-for-writing.ts';
export { PlanRollbackError, PlanWriteAbortedError } from './errors.ts';
export type { AbortSignalLike, PlanWriter, WritePlanOptions } from './types.ts';
