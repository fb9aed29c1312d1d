/**
 * A fake of Miro's Web SDK board (`miro.board`) that behaves like the real one where Miro's docs
 * say so (docs/miro-web-sdk.md): tests run the Miro adapter against it, and the playground draws
 * it. `new FakeMiro()` gives a board (`fake.board`, for the adapter), a person who edits it
 * (`fake.person`: add, move, setText, remove, select, setViewport — the SDK's events fire), call
 * and credit counts, latency and injected failures.
 */
export { FakeFrame, FakeItem, FakeMiro, FakePerson, FakeRateLimitError, STICKY_COLOR_NAMES } from './fake-board.ts';
export type { BoardChange, FakeBoard, FakeCall, FakeMiroOptions } from './fake-board.ts';
export { BoardState } from './board-state.ts';
export type { AbsoluteRect, ItemRecord } from './board-state.ts';
export { CreditLedger, MIRO_CREDIT_LIMITS } from './credit-ledger.ts';
export type { CreditLimits } from './credit-ledger.ts';
export { keepMiroHtmlSubset } from './html-subset.ts';
export { loadMiroRest } from './load-miro-rest.ts';
