import type {
  ConnectorProps,
  FrameProps,
  GetFilter,
  Json,
  Rect as MiroRect,
  ShapeProps,
  StickyNoteProps,
  TextProps,
} from '@mirohq/websdk-types';
import type {
  MiroBoardApi,
  MiroCollection,
  MiroConnectorItem,
  MiroCreatedItem,
  MiroFrameItem,
  MiroItem,
} from '../adapter/board-api.ts';
import { BoardState } from './board-state.ts';
import type { AbsoluteRect, ItemRecord } from './board-state.ts';
import { CreditLedger, MIRO_CREDIT_LIMITS } from './credit-ledger.ts';
import type { CreditLimits } from './credit-ledger.ts';
import { keepMiroHtmlSubset } from './html-subset.ts';

/**
 * A fake `miro.board` for tests and the playground: the adapter's real code runs against it, only
 * Miro is faked. It keeps Miro's documented behaviour (docs/miro-web-sdk.md): centre
 * coordinates, frame-relative children after `frame.add`, sticky notes sized by width *or*
 * height, colour names, the HTML subset, metadata limits, credits per minute and per hour. It adds
 * what tests need: call counts, latency, injected failures, and a `person` who edits the board and
 * makes it fire the SDK's events.
 */

/** The fake's settings. */
export interface FakeMiroOptions {
  /** Each SDK call resolves after this many milliseconds (timers: works with fake timers). Default 0. */
  readonly latencyMs?: number;
  /** Credit limits; default Miro's (100,000 a minute, 1,000,000 an hour). */
  readonly limits?: CreditLimits;
  /** Text of the rate-limit error; undocumented by Miro, so tests vary it. */
  readonly rateLimitMessage?: string;
  /** The whole rate-limit error (default a `FakeRateLimitError` with status 429 and the message). */
  readonly rateLimitError?: () => Error;
  /** The clock; default `Date.now` (vitest's fake timers replace it). */
  readonly now?: () => number;
}

/** One SDK call as the fake saw it. */
export interface FakeCall {
  /** 1-based, in the order calls were made. */
  readonly index: number;
  /** `createStickyNote`, `frame.add`, `storage.get`, `item.sync`… */
  readonly method: string;
}

/** A change on the board, for whoever draws it (the playground). */
export type BoardChange =
  | { readonly type: 'items:create' | 'items:delete' | 'experimental:items:update'; readonly ids: readonly string[] }
  | { readonly type: 'selection:update'; readonly ids: readonly string[] }
  | { readonly type: 'viewport'; readonly viewport: AbsoluteRect };

/**
 * The fake's `miro.board`: what the adapter uses (`MiroBoardApi`) and the rest of the SDK the
 * panel and the playground call (viewport moves, app data, notifications).
 */
export interface FakeBoard extends MiroBoardApi {
  readonly viewport: MiroBoardApi['viewport'] & {
    set(options: { viewport: MiroRect; padding?: { top: number; right: number; bottom: number; left: number }; animationDurationInMs?: number }): Promise<MiroRect>;
    zoomTo(items: MiroItem | MiroItem[]): Promise<void>;
    getZoom(): Promise<number>;
    setZoom(zoom: number): Promise<void>;
  };
  getAppData(key?: string): Promise<Json>;
  setAppData(key: string, value: Json): Promise<Json>;
  select(filter?: GetFilter): Promise<MiroItem[]>;
  deselect(filter?: GetFilter): Promise<MiroItem[]>;
  readonly notifications: { showInfo(message: string): Promise<void>; showError(message: string): Promise<void> };
}

/** The error the fake throws past the credit limit. */
export class FakeRateLimitError extends Error {
  readonly status = 429;
}

/** Cost of one call (docs/miro-web-sdk.md, "Rate limits": most calls are Level 1, 50 credits). */
const LEVEL_1 = 50;

/** Sticky note sizes by shape (docs/miro-web-sdk.md, "Sticky notes"). */
const STICKY_WIDTH: Readonly<Record<string, number>> = { square: 199, rectangle: 350 };
const STICKY_HEIGHT = 228;

/** The sixteen sticky colour names (`StickyNoteColor`). */
export const STICKY_COLOR_NAMES: ReadonlySet<string> = new Set([
  'gray', 'light_yellow', 'yellow', 'orange', 'light_green', 'green', 'dark_green', 'cyan',
  'light_pink', 'pink', 'violet', 'red', 'light_blue', 'blue', 'dark_blue', 'black',
]);

/** Sticky content must be shorter than this (docs/miro-web-sdk.md, "Sticky notes"). */
const MAX_STICKY_CONTENT = 6000;
/** Item metadata and app data limits in bytes (docs/miro-web-sdk.md, "Item metadata, app data, storage"). */
const MAX_ITEM_METADATA_BYTES = 256;
const MAX_APP_DATA_BYTES = 512;
/** A frame is at least this wide and tall (docs/miro-web-sdk.md, "Frames"). */
const MIN_FRAME_SIDE = 100;

const utf8 = new TextEncoder();

/** JSON size in UTF-8 bytes; throws for what JSON cannot hold. */
function jsonBytes(value: unknown, what: string): number {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch (error) {
    throw new Error(`${what}: the value is not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (text === undefined) throw new Error(`${what}: the value is not JSON`);
  return utf8.encode(text).length;
}

/** A rough height for a text item: Miro derives it from the content and width (read-only). */
function textHeight(content: string, fontSize: number): number {
  const lines = Math.max(1, content.split(/<\/p>|<br>/i).filter((part) => part.trim() !== '').length);
  return Math.round(lines * fontSize * 1.4 + 8);
}

/** The fake Miro: a board the adapter can use, and controls for the test around it. */
export class FakeMiro {
  readonly state = new BoardState();
  readonly credits: CreditLedger;
  readonly calls: FakeCall[] = [];
  /** Rate-limit errors thrown so far. */
  rateLimitErrors = 0;
  /** Calls in flight right now, and the most there ever were at once. */
  inFlight = 0;
  maxInFlight = 0;
  private readonly latencyMs: number;
  private readonly rateLimitError: () => Error;
  private readonly now: () => number;
  private readonly failures: ((call: FakeCall) => Error | undefined)[] = [];
  private readonly handlers = new Map<string, Set<(event: { items: MiroItem[] }) => void>>();
  private readonly listeners = new Set<(change: BoardChange) => void>();
  private nextId = 1;
  /** The `miro.board` to hand to the adapter. */
  readonly board: FakeBoard;
  /** What a person does on the board: no credits, and the SDK's events fire. */
  readonly person: FakePerson;

  constructor(options: FakeMiroOptions = {}) {
    this.latencyMs = options.latencyMs ?? 0;
    const message = options.rateLimitMessage ?? 'Rate limit exceeded: the app used all its credits for now, try again later';
    this.rateLimitError = options.rateLimitError ?? (() => new FakeRateLimitError(message));
    this.now = options.now ?? (() => Date.now());
    this.credits = new CreditLedger(options.limits ?? MIRO_CREDIT_LIMITS);
    this.board = this.makeBoard();
    this.person = new FakePerson(this);
  }

  // ── controls for tests ────────────────────────────────────────────────────────────────────

  /** Makes the `n`-th SDK call from now (1 = the next one) fail with `error`. */
  failCall(n: number, error: Error = new Error('Injected failure: the board is not reachable')): void {
    const index = this.calls.length + n;
    this.failures.push((call) => (call.index === index ? error : undefined));
  }

  /** Makes every call for which `test` returns an error fail with it. */
  failWhen(test: (call: FakeCall) => Error | undefined): void {
    this.failures.push(test);
  }

  /** Calls made so far, by method. */
  callCounts(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const call of this.calls) counts[call.method] = (counts[call.method] ?? 0) + 1;
    return counts;
  }

  /** Subscribes to every change on the board (the playground draws from it); returns the unsubscribe. */
  subscribe(listener: (change: BoardChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** A JSON picture of the board (items, storage, app data), for "left exactly as before" checks. */
  dump(): unknown {
    return this.state.dump();
  }

  /** Puts items on the board as they are, with no call, credit or event: the board a test starts from. */
  load(records: readonly Omit<ItemRecord, 'metadata' | 'madeBy' | 'style'>[] & readonly Partial<ItemRecord>[]): void {
    for (const record of records) {
      this.state.items.set(record.id, { style: {}, metadata: {}, madeBy: 'person', ...record });
    }
  }

  /** A new item id, Miro-like. */
  newId(): string {
    return String(3458764600000000000n + BigInt(this.nextId++));
  }

  /** Tells the SDK's subscribers and the fake's listeners about a change. */
  emit(type: 'items:create' | 'items:delete' | 'experimental:items:update', records: readonly ItemRecord[]): void {
    if (records.length === 0) return;
    const items = records.map((record) => this.itemOf(record));
    for (const handler of this.handlers.get(type) ?? []) handler({ items });
    this.notify({ type, ids: records.map((record) => record.id) });
  }

  /** Tells the listeners about a change. */
  notify(change: BoardChange): void {
    for (const listener of this.listeners) listener(change);
  }

  /** Fires `selection:update` with the selected items. */
  emitSelection(): void {
    const items = this.state.selection.flatMap((id) => {
      const record = this.state.items.get(id);
      return record ? [this.itemOf(record)] : [];
    });
    for (const handler of this.handlers.get('selection:update') ?? []) handler({ items });
    this.notify({ type: 'selection:update', ids: [...this.state.selection] });
  }

  /** The items a `get` / `select` / `deselect` filter names: by id, or by type and tags. */
  private matching(filter: GetFilter | undefined) {
    let records = [...this.state.items.values()];
    if (filter && 'id' in filter) {
      const ids = new Set(Array.isArray(filter.id) ? filter.id : [filter.id]);
      records = records.filter((record) => ids.has(record.id));
    } else if (filter) {
      if (filter.type !== undefined) {
        const types = new Set(Array.isArray(filter.type) ? filter.type : [filter.type]);
        records = records.filter((record) => types.has(record.type));
      }
      if (filter.tags !== undefined) {
        const tags = new Set(Array.isArray(filter.tags) ? filter.tags : [filter.tags]);
        records = records.filter((record) => (record.tagIds ?? []).some((tag) => tags.has(tag)));
      }
    }
    return records;
  }

  // ── the SDK surface ──────────────────────────────────────────────────────────────────────

  /** Runs one SDK call: counted, maybe failed, charged, delayed, then done. */
  private async call<T>(method: string, run: () => T, cost = LEVEL_1): Promise<T> {
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    const depth = this.settledDepth + 1;
    this.rounds = Math.max(this.rounds, depth);
    try {
      return await this.perform(method, run, cost);
    } finally {
      this.inFlight--;
      this.settledDepth = Math.max(this.settledDepth, depth);
    }
  }

  /**
   * The page running the app is gone (the person closed the panel mid-run): from now on no call
   * of that page reaches the board or answers — its promises never settle. `reopen` is the panel
   * opened again: a new page whose calls work. By default the calls in flight are never carried
   * out; `applyInFlight` has Miro carry them out with the answer lost (docs/miro-web-sdk.md,
   * "Closing the panel": a call already sent may still be done) — items the app never learns of.
   */
  killPage(options: { readonly applyInFlight?: boolean } = {}): void {
    this.pageKilled = true;
    this.applyKilled = options.applyInFlight === true;
  }

  /** The panel opened again after `killPage`: calls work again. */
  reopen(): void {
    this.pageKilled = false;
  }

  private pageKilled = false;
  private applyKilled = false;
  /** Depth of the latest call to settle, for {@link FakeMiro.rounds}. */
  private settledDepth = 0;
  /**
   * Latency rounds so far: the longest chain of calls each sent after the one before it answered.
   * With the same latency for every call, the time a run takes is `rounds × latencyMs`; counted
   * here so a bench can report it without wall-clock noise.
   */
  rounds = 0;

  private async perform<T>(method: string, run: () => T, cost: number): Promise<T> {
    if (this.pageKilled) return new Promise<T>(() => undefined);
    const call: FakeCall = { index: this.calls.length + 1, method };
    this.calls.push(call);
    for (const failure of this.failures) {
      const error = failure(call);
      if (error) {
        await this.delay();
        throw error;
      }
    }
    const now = this.now();
    if (!this.credits.canSpend(cost, now)) {
      // Past either window the call fails and the app must wait (docs/miro-web-sdk.md, "Rate limits").
      this.rateLimitErrors++;
      await this.delay();
      throw this.rateLimitError();
    }
    this.credits.spend(cost, now);
    await this.delay();
    // Killed while the call was on its way: modelled as never applied (see docs/miro-web-sdk.md,
    // "Closing the panel", for the case of Miro applying it anyway).
    if (this.pageKilled) {
      if (this.applyKilled) {
        try {
          run();
        } catch {
          // Carried out and failed: the page would not have heard of it either.
        }
      }
      return new Promise<T>(() => undefined);
    }
    return run();
  }

  private delay(): Promise<void> {
    if (this.latencyMs <= 0) return Promise.resolve();
    return new Promise((resolve) => setTimeout(resolve, this.latencyMs));
  }

  private record(id: string): ItemRecord {
    const record = this.state.items.get(id);
    if (!record) throw new Error(`Item ${id} does not exist on the board (it may have been deleted)`);
    return record;
  }

  /** A fresh SDK item object for a record: a copy, as the SDK's are; changes need `sync()`. */
  itemOf(record: ItemRecord): FakeItem {
    return record.type === 'frame' ? new FakeFrame(this, record) : new FakeItem(this, record);
  }

  /** Creates a record from props (shared by the SDK and the person). */
  makeRecord(type: string, props: Record<string, unknown>, madeBy: 'app' | 'person'): ItemRecord {
    const style: Record<string, unknown> = typeof props.style === 'object' && props.style !== null ? { ...(props.style as Record<string, unknown>) } : {};
    const x = numberOr(props.x, 0, `${type}.x`);
    const y = numberOr(props.y, 0, `${type}.y`);
    if (props.origin !== undefined && props.origin !== 'center') throw new Error(`${type}: origin must be "center"`);
    const base = { id: this.newId(), type, x, y, parentId: null, style, metadata: {}, madeBy, createdAt: new Date(this.now()).toISOString() };
    switch (type) {
      case 'sticky_note': {
        const shape = props.shape === 'rectangle' ? 'rectangle' : 'square';
        if (props.width !== undefined && props.height !== undefined) {
          // Width or height, never both (docs/miro-web-sdk.md, "Sticky notes").
          throw new Error('Sticky note: set either width or height, not both (the aspect ratio is fixed)');
        }
        const baseWidth = STICKY_WIDTH[shape] ?? 199;
        let width = baseWidth;
        let height = STICKY_HEIGHT;
        if (props.width !== undefined) {
          width = positive(props.width, 'Sticky note width');
          height = (width * STICKY_HEIGHT) / baseWidth;
        } else if (props.height !== undefined) {
          height = positive(props.height, 'Sticky note height');
          width = (height * baseWidth) / STICKY_HEIGHT;
        }
        const fill = style.fillColor ?? 'light_yellow';
        if (typeof fill !== 'string' || !STICKY_COLOR_NAMES.has(fill)) {
          throw new Error(`Sticky note: invalid fillColor ${JSON.stringify(fill)}: use a colour name such as "light_yellow"`);
        }
        style.fillColor = fill;
        return { ...base, width, height, shape, content: checkContent(props.content, type), tagIds: [] };
      }
      case 'shape':
        return {
          ...base,
          width: props.width === undefined ? 100 : positive(props.width, 'Shape width'),
          height: props.height === undefined ? 100 : positive(props.height, 'Shape height'),
          shape: typeof props.shape === 'string' ? props.shape : 'rectangle',
          content: checkContent(props.content, type),
          rotation: numberOr(props.rotation, 0, `${type}.rotation`),
        };
      case 'text': {
        const content = checkContent(props.content, type);
        const fontSize = typeof style.fontSize === 'number' ? style.fontSize : 14;
        return { ...base, width: props.width === undefined ? 200 : positive(props.width, 'Text width'), height: textHeight(content, fontSize), content, rotation: numberOr(props.rotation, 0, `${type}.rotation`) };
      }
      case 'frame': {
        const width = props.width === undefined ? MIN_FRAME_SIDE : positive(props.width, 'Frame width');
        const height = props.height === undefined ? MIN_FRAME_SIDE : positive(props.height, 'Frame height');
        if (width < MIN_FRAME_SIDE || height < MIN_FRAME_SIDE) throw new Error(`Frame: at least ${MIN_FRAME_SIDE}×${MIN_FRAME_SIDE}`);
        // Frames are white unless told otherwise [inferred from the docs' examples].
        style.fillColor ??= '#ffffff';
        return { ...base, width, height, title: typeof props.title === 'string' ? props.title : '' };
      }
      case 'connector': {
        const start = endpoint(props.start, this, 'start');
        const end = endpoint(props.end, this, 'end');
        return { ...base, x: 0, y: 0, width: 0, height: 0, start, end, shape: typeof props.shape === 'string' ? props.shape : 'curved' };
      }
      default:
        return { ...base, width: numberOr(props.width, 100, 'width'), height: numberOr(props.height, 100, 'height') };
    }
  }

  private create<T>(method: string, type: string, props: object): Promise<T> {
    return this.call(method, () => {
      const record = this.makeRecord(type, props as Record<string, unknown>, 'app');
      this.state.items.set(record.id, record);
      this.emit('items:create', [record]);
      return this.itemOf(record) as unknown as T;
    });
  }

  /** `frame.add(item)` (docs/miro-web-sdk.md, "Frames"): the item keeps its place, its x/y become frame-relative. */
  frameAdd(frameId: string, itemId: string): Promise<void> {
    return this.call('frame.add', () => {
      const frame = this.record(frameId);
      const record = this.record(itemId);
      if (record.type === 'connector') throw new Error('A connector cannot be a child of a frame');
      if (record.id === frame.id) throw new Error('A frame cannot contain itself');
      const inner = this.state.absoluteRect(record);
      const outer = this.state.absoluteRect(frame);
      const eps = 0.5;
      if (inner.x < outer.x - eps || inner.y < outer.y - eps || inner.x + inner.width > outer.x + outer.width + eps || inner.y + inner.height > outer.y + outer.height + eps) {
        throw new Error(`Item ${record.id} lies outside frame ${frame.id}: create it inside the frame's bounds before adding it`);
      }
      this.state.reparent(record, frame);
      this.emit('experimental:items:update', [record]);
    });
  }

  /** `frame.remove(item)`: out of the frame, in place. */
  frameRemove(frameId: string, itemId: string): Promise<void> {
    return this.call('frame.remove', () => {
      const record = this.record(itemId);
      if (record.parentId !== frameId) throw new Error(`Item ${itemId} is not a child of frame ${frameId}`);
      this.state.reparent(record, undefined);
      this.emit('experimental:items:update', [record]);
    });
  }

  frameChildren(frameId: string): Promise<MiroItem[]> {
    return this.call('frame.getChildren', () => this.state.childrenOf(this.record(frameId).id).map((id) => this.itemOf(this.record(id))));
  }

  /** Deletes a record and what it holds (docs/miro-web-sdk.md, "Frames": a frame takes its content along). */
  deleteRecord(id: string): ItemRecord[] {
    const removed = this.state.subtree(id).flatMap((at) => {
      const record = this.state.items.get(at);
      if (!record) return [];
      this.state.items.delete(at);
      return [record];
    });
    this.state.selection = this.state.selection.filter((at) => this.state.items.has(at));
    return removed;
  }

  /** `item.sync()`: validates and stores the changed fields. */
  syncItem(item: FakeItem): Promise<void> {
    return this.call('item.sync', () => {
      const record = this.record(item.id);
      const next: ItemRecord = { ...record, style: { ...record.style } };
      next.x = numberOr(item.x, record.x, 'x');
      next.y = numberOr(item.y, record.y, 'y');
      if (item.style) next.style = { ...item.style };
      if (record.type === 'sticky_note') {
        const fill = next.style.fillColor;
        if (typeof fill !== 'string' || !STICKY_COLOR_NAMES.has(fill)) throw new Error(`Sticky note: invalid fillColor ${JSON.stringify(fill)}`);
        const changedWidth = item.width !== record.width;
        const changedHeight = item.height !== record.height;
        if (changedWidth && changedHeight) throw new Error('Sticky note: set either width or height, not both');
        const base = STICKY_WIDTH[record.shape ?? 'square'] ?? 199;
        if (changedWidth) {
          next.width = positive(item.width, 'Sticky note width');
          next.height = (next.width * STICKY_HEIGHT) / base;
        } else if (changedHeight) {
          next.height = positive(item.height, 'Sticky note height');
          next.width = (next.height * base) / STICKY_HEIGHT;
        }
      } else if (record.type === 'frame') {
        next.width = positive(item.width, 'Frame width');
        next.height = positive(item.height, 'Frame height');
        next.title = typeof item.title === 'string' ? item.title : record.title;
      } else if (record.type === 'text') {
        next.width = positive(item.width, 'Text width');
      }
      if (item.content !== undefined && record.content !== undefined) next.content = checkContent(item.content, record.type);
      if (record.rotation !== undefined) next.rotation = numberOr(item.rotation, record.rotation, 'rotation');
      this.state.items.set(record.id, next);
      if (record.type === 'frame') {
        // Children must stay inside a resized frame (docs/miro-web-sdk.md, "Frames").
        const outer = this.state.absoluteRect(next);
        for (const childId of this.state.childrenOf(record.id)) {
          const child = this.state.absoluteRect(this.record(childId));
          if (child.x < outer.x || child.y < outer.y || child.x + child.width > outer.x + outer.width || child.y + child.height > outer.y + outer.height) {
            this.state.items.set(record.id, record);
            throw new Error(`Frame ${record.id}: resizing it would leave child ${childId} outside`);
          }
        }
      }
      this.emit('experimental:items:update', [next]);
    });
  }

  getMetadata(id: string, key?: string): Promise<Json> {
    return this.call('item.getMetadata', () => {
      const metadata = this.record(id).metadata;
      return key === undefined ? { ...metadata } : (metadata[key] ?? null);
    });
  }

  setMetadata(id: string, key: string, value: Json): Promise<Json> {
    return this.call('item.setMetadata', () => {
      const record = this.record(id);
      const next = { ...record.metadata, [key]: value };
      const bytes = jsonBytes(next, `Metadata of item ${id}`);
      if (bytes > MAX_ITEM_METADATA_BYTES) {
        throw new Error(`Metadata of item ${id} would take ${bytes} bytes; an app may store at most ${MAX_ITEM_METADATA_BYTES}`);
      }
      record.metadata = next;
      return { ...next };
    });
  }

  private makeBoard(): FakeBoard {
    const collection = (name: string): MiroCollection => ({
      set: (key: string, value: Json) =>
        this.call('storage.set', () => {
          const text = JSON.stringify(value);
          if (typeof key !== 'string' || key === '') throw new Error('Storage: the key must be a non-empty string');
          if (text === undefined) throw new Error('Storage: the value must be JSON');
          let entries = this.state.storage.get(name);
          if (!entries) this.state.storage.set(name, (entries = new Map<string, string>()));
          entries.set(key, text);
        }),
      get: <T extends Json>(key: string) =>
        this.call('storage.get', () => {
          const text = this.state.storage.get(name)?.get(key);
          return text === undefined ? undefined : (JSON.parse(text) as T);
        }),
      remove: (key: string) =>
        this.call('storage.remove', () => {
          const entries = this.state.storage.get(name);
          entries?.delete(key);
          // Storage cannot list its keys (docs/miro-web-sdk.md, "Item metadata, app data,
          // storage"): a collection with none left is no different from one never used.
          if (entries?.size === 0) this.state.storage.delete(name);
        }),
    });

    const board = {
      createFrame: (props: FrameProps) => this.create<MiroFrameItem>('createFrame', 'frame', props),
      createShape: (props: ShapeProps) => this.create<MiroCreatedItem>('createShape', 'shape', props),
      createText: (props: TextProps) => this.create<MiroCreatedItem>('createText', 'text', props),
      createStickyNote: (props: StickyNoteProps) => this.create<MiroCreatedItem>('createStickyNote', 'sticky_note', props),
      createConnector: (props: ConnectorProps) => this.create<MiroConnectorItem>('createConnector', 'connector', props),
      get: (filter?: GetFilter) => this.call('get', () => this.matching(filter).map((record) => this.itemOf(record) as MiroItem)),
      // `select` / `deselect` take the same filter as `get` and resolve to the items they matched
      // (docs/miro-web-sdk.md, "Selection"). Whether `select` replaces the selection or adds to it
      // is not documented: the fake adds, the stricter case for callers (the panel deselects first).
      select: (filter?: GetFilter) =>
        this.call('select', () => {
          const records = this.matching(filter);
          const selected = new Set(this.state.selection);
          for (const record of records) selected.add(record.id);
          this.state.selection = [...selected];
          this.emitSelection();
          return records.map((record) => this.itemOf(record) as MiroItem);
        }),
      deselect: (filter?: GetFilter) =>
        this.call('deselect', () => {
          const selected = new Set(this.state.selection);
          const records = this.matching(filter).filter((record) => selected.has(record.id));
          if (records.length === 0) return [];
          const dropped = new Set(records.map((record) => record.id));
          this.state.selection = this.state.selection.filter((id) => !dropped.has(id));
          this.emitSelection();
          return records.map((record) => this.itemOf(record) as MiroItem);
        }),
      getSelection: () =>
        this.call('getSelection', () => this.state.selection.flatMap((id) => {
          const record = this.state.items.get(id);
          return record ? [this.itemOf(record)] : [];
        })),
      remove: (item: MiroItem) =>
        this.call('remove', () => {
          this.record(item.id);
          this.emit('items:delete', this.deleteRecord(item.id));
        }),
      getAppData: (key?: string) => this.call('getAppData', () => (key === undefined ? { ...this.state.appData } : (this.state.appData[key] ?? null))),
      setAppData: (key: string, value: Json) =>
        this.call('setAppData', () => {
          const next = { ...this.state.appData, [key]: value };
          const bytes = jsonBytes(next, 'App data');
          if (bytes > MAX_APP_DATA_BYTES) throw new Error(`App data would take ${bytes} bytes; an app may store at most ${MAX_APP_DATA_BYTES} per board`);
          this.state.appData = next;
          return { ...next };
        }),
      storage: { collection },
      ui: {
        // Subscribing costs nothing: it is not a call on board items.
        on: (event: string, handler: (event: { items: MiroItem[] }) => void) => {
          let set = this.handlers.get(event);
          if (!set) this.handlers.set(event, (set = new Set()));
          set.add(handler);
          return Promise.resolve();
        },
        off: (event: string, handler: (event: { items: MiroItem[] }) => void) => {
          this.handlers.get(event)?.delete(handler);
          return Promise.resolve();
        },
      },
      viewport: {
        get: () => this.call('viewport.get', (): MiroRect => ({ ...this.state.viewport })),
        set: (options: { viewport: MiroRect; padding?: { top: number; right: number; bottom: number; left: number } }) =>
          this.call('viewport.set', (): MiroRect => {
            // The padding is room left around the rectangle on screen: the view grows by it.
            const pad = options.padding ?? { top: 0, right: 0, bottom: 0, left: 0 };
            const v = options.viewport;
            this.state.viewport = { x: v.x - pad.left, y: v.y - pad.top, width: v.width + pad.left + pad.right, height: v.height + pad.top + pad.bottom };
            this.notify({ type: 'viewport', viewport: { ...this.state.viewport } });
            return { ...this.state.viewport };
          }),
        zoomTo: (items: MiroItem | MiroItem[]) =>
          this.call('viewport.zoomTo', () => {
            const list = Array.isArray(items) ? items : [items];
            const rects = list.map((item) => this.state.absoluteRect(this.record(item.id)));
            if (rects.length === 0) return;
            const left = Math.min(...rects.map((r) => r.x));
            const top = Math.min(...rects.map((r) => r.y));
            const right = Math.max(...rects.map((r) => r.x + r.width));
            const bottom = Math.max(...rects.map((r) => r.y + r.height));
            this.state.viewport = { x: left, y: top, width: right - left, height: bottom - top };
            this.notify({ type: 'viewport', viewport: { ...this.state.viewport } });
          }),
        getZoom: () => this.call('viewport.getZoom', () => this.state.zoom),
        setZoom: (zoom: number) =>
          this.call('viewport.setZoom', () => {
            this.state.zoom = zoom;
          }),
      },
      notifications: {
        showInfo: (message: string) => this.call('notifications.showInfo', () => void message),
        showError: (message: string) => this.call('notifications.showError', () => void message),
      },
    };
    return board;
  }
}

/** An SDK item object: a copy of the record; change fields, then `sync()`. */
export class FakeItem implements MiroCreatedItem {
  readonly id: string;
  readonly type: string;
  x: number;
  y: number;
  width: number;
  height: number;
  parentId: string | null;
  readonly relativeTo: string;
  readonly origin = 'center';
  readonly createdAt?: string;
  content?: string;
  title?: string;
  description?: string;
  shape?: string;
  rotation?: number;
  style: Record<string, unknown>;
  tagIds?: string[];
  start?: ItemRecord['start'];
  end?: ItemRecord['end'];

  constructor(protected readonly fake: FakeMiro, record: ItemRecord) {
    this.id = record.id;
    this.type = record.type;
    this.x = record.x;
    this.y = record.y;
    this.width = record.width;
    this.height = record.height;
    this.parentId = record.parentId;
    this.relativeTo = record.parentId === null ? 'canvas_center' : 'parent_top_left';
    this.style = { ...record.style };
    if (record.createdAt !== undefined) this.createdAt = record.createdAt;
    if (record.content !== undefined) this.content = record.content;
    if (record.title !== undefined) this.title = record.title;
    if (record.description !== undefined) this.description = record.description;
    if (record.shape !== undefined) this.shape = record.shape;
    if (record.rotation !== undefined) this.rotation = record.rotation;
    if (record.tagIds !== undefined) this.tagIds = [...record.tagIds];
    if (record.start !== undefined) this.start = { ...record.start };
    if (record.end !== undefined) this.end = { ...record.end };
  }

  sync(): Promise<void> {
    return this.fake.syncItem(this);
  }

  getMetadata(key?: string): Promise<Json> {
    return this.fake.getMetadata(this.id, key);
  }

  setMetadata(key: string, value: Json): Promise<Json> {
    return this.fake.setMetadata(this.id, key, value);
  }
}

/** A frame item. */
export class FakeFrame extends FakeItem implements MiroFrameItem {
  declare readonly type: 'frame';
  childrenIds: string[];

  constructor(fake: FakeMiro, record: ItemRecord) {
    super(fake, record);
    this.childrenIds = fake.state.childrenOf(record.id);
  }

  async add(item: never): Promise<unknown> {
    const child = item as unknown as FakeItem;
    await this.fake.frameAdd(this.id, child.id);
    const record = this.fake.state.items.get(child.id);
    if (record && child instanceof FakeItem) {
      child.x = record.x;
      child.y = record.y;
      child.parentId = record.parentId;
    }
    return child;
  }

  remove(item: never): Promise<void> {
    return this.fake.frameRemove(this.id, (item as unknown as FakeItem).id);
  }

  getChildren(): Promise<MiroItem[]> {
    return this.fake.frameChildren(this.id);
  }
}

/** What a person does on the board: free of credits, and the SDK's events fire as they would. */
export class FakePerson {
  constructor(private readonly fake: FakeMiro) {}

  /**
   * Adds an item with its centre at absolute (`x`, `y`); dropped inside a frame it becomes the
   * frame's child, as in Miro's UI. `props` are the SDK's create props (`content`, `style`…).
   */
  add(type: 'sticky_note' | 'shape' | 'text' | 'frame', props: Record<string, unknown> & { x: number; y: number }): string {
    const record = this.fake.makeRecord(type, props, 'person');
    this.fake.state.items.set(record.id, record);
    if (type !== 'frame') this.fake.state.reparent(record, this.fake.state.frameAt(props.x, props.y, record.id));
    this.fake.emit('items:create', [record]);
    return record.id;
  }

  /** Adds a sticky note with plain `text` (escaped, as Miro's editor would store it). */
  addSticky(text: string, at: { x: number; y: number }, color = 'light_yellow'): string {
    return this.add('sticky_note', { x: at.x, y: at.y, content: `<p>${escapeText(text)}</p>`, style: { fillColor: color } });
  }

  /** Moves an item's centre to absolute (`x`, `y`); it joins or leaves frames as in Miro's UI. */
  move(id: string, to: { x: number; y: number }): void {
    const record = this.existing(id);
    const rect = this.fake.state.absoluteRect(record);
    const dx = to.x - (rect.x + rect.width / 2);
    const dy = to.y - (rect.y + rect.height / 2);
    record.x += dx;
    record.y += dy;
    if (record.type !== 'frame') this.fake.state.reparent(record, this.fake.state.frameAt(to.x, to.y, record.id));
    this.fake.emit('experimental:items:update', [record]);
  }

  /** Replaces an item's text (plain text, escaped as the editor would). */
  setText(id: string, text: string): void {
    const record = this.existing(id);
    if (record.type === 'frame') record.title = text;
    else record.content = `<p>${escapeText(text)}</p>`;
    this.fake.emit('experimental:items:update', [record]);
  }

  /** Deletes an item (a frame with what it holds). */
  remove(id: string): void {
    this.existing(id);
    this.fake.emit('items:delete', this.fake.deleteRecord(id));
  }

  /** Selects these items (an empty list clears the selection). */
  select(ids: readonly string[]): void {
    for (const id of ids) this.existing(id);
    this.fake.state.selection = [...ids];
    this.fake.emitSelection();
  }

  /** Pans and zooms to show this rectangle. */
  setViewport(viewport: AbsoluteRect): void {
    this.fake.state.viewport = { ...viewport };
    this.fake.notify({ type: 'viewport', viewport: { ...viewport } });
  }

  private existing(id: string): ItemRecord {
    const record = this.fake.state.items.get(id);
    if (!record) throw new Error(`Item ${id} is not on the board`);
    return record;
  }
}

function escapeText(text: string): string {
  return text.replace(/[&<>"]/g, (ch) => (ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : '&quot;'));
}

function numberOr(value: unknown, fallback: number, what: string): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new Error(`${what}: expected a finite number, got ${JSON.stringify(value)}`);
  return value;
}

function positive(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) throw new Error(`${what}: expected a positive number, got ${JSON.stringify(value)}`);
  return value;
}

/** Content as Miro keeps it: length checked, disallowed tags removed (docs/miro-web-sdk.md, "Sticky notes"). */
function checkContent(value: unknown, type: string): string {
  if (value === undefined) return '';
  if (typeof value !== 'string') throw new Error(`${type}: content must be a string`);
  if (value.length >= MAX_STICKY_CONTENT) throw new Error(`${type}: content must be shorter than ${MAX_STICKY_CONTENT} characters (got ${value.length})`);
  return keepMiroHtmlSubset(value);
}

function endpoint(value: unknown, fake: FakeMiro, which: string): ItemRecord['start'] {
  if (typeof value !== 'object' || value === null) throw new Error(`Connector: ${which} is required`);
  const end = value as { item?: unknown; position?: unknown };
  if (typeof end.item === 'string') {
    if (!fake.state.items.has(end.item)) throw new Error(`Connector: ${which} item ${end.item} does not exist`);
    return { item: end.item };
  }
  throw new Error(`Connector: ${which} must name an item`);
}
