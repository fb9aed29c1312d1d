import type {
  BaseNode,
  DocumentChangeEvent,
  EllipseNode,
  Font,
  FontName,
  FrameNode,
  LineNode,
  NotificationHandler,
  PageNode,
  PluginAPI,
  Rect,
  RectangleNode,
  SectionNode,
  ShapeWithTextNode,
  ShowUIOptions,
  StickyNode,
  TableNode,
  TextNode,
  UIAPI,
  Vector,
  ViewportAPI,
} from '@figma/plugin-typings/plugin-api-standalone';
import { FakeUi } from './fake-ui.ts';
import type { FakeNode, FakeScene } from './nodes/base-node.ts';
import type { FakeDocument, FakePage} from './nodes/containers.ts';
import { FakeFrame, FakeSection } from './nodes/containers.ts';
import { FakeEllipse, FakeLine, FakeRectangle } from './nodes/shapes.ts';
import { FakeTable } from './nodes/table-nodes.ts';
import { FakeShapeWithText, FakeSticky, FakeText } from './nodes/text-nodes.ts';
import type { FakeWorld } from './world.ts';

/** Plugin API functions that exist only in FigJam (docs/figma-plugin-api.md, "Editors"). */
const FIGJAM_ONLY = ['createSticky', 'createShapeWithText', 'createConnector', 'createCodeBlock', 'createTable'] as const;

/** What the viewport is: where it looks and what the last zoom-to asked for. */
class FakeViewport implements Pick<ViewportAPI, 'center' | 'zoom' | 'bounds' | 'scrollAndZoomIntoView'> {
  center: Vector = { x: 0, y: 0 };
  zoom = 1;
  /** The screen the canvas is shown on, in pixels. */
  readonly screen = { width: 1440, height: 900 };
  /** Ids of the nodes the last `scrollAndZoomIntoView` showed. */
  lastShown: string[] = [];

  get bounds(): Rect {
    const width = this.screen.width / this.zoom;
    const height = this.screen.height / this.zoom;
    return { x: this.center.x - width / 2, y: this.center.y - height / 2, width, height };
  }

  scrollAndZoomIntoView(nodes: ReadonlyArray<BaseNode>): void {
    const boxes = nodes
      .map((node) => (node as unknown as FakeScene).absoluteBoundingBox)
      .filter((box): box is Rect => box !== null && box !== undefined);
    this.lastShown = nodes.map((node) => node.id);
    if (boxes.length === 0) return;
    const left = Math.min(...boxes.map((b) => b.x));
    const top = Math.min(...boxes.map((b) => b.y));
    const right = Math.max(...boxes.map((b) => b.x + b.width));
    const bottom = Math.max(...boxes.map((b) => b.y + b.height));
    this.center = { x: (left + right) / 2, y: (top + bottom) / 2 };
    this.zoom = Math.min(this.screen.width / Math.max(1, right - left), this.screen.height / Math.max(1, bottom - top)) * 0.9;
  }
}

/**
 * The fake `figma` global: the plugin API members cjm-kit's plugin uses, behaving as Figma
 * documents them. Hand it to code as `PluginAPI` with {@link FakePluginApi.asPluginApi}.
 */
export class FakePluginApi {
  readonly apiVersion = '1.0.0' as const;
  readonly mixed: PluginAPI['mixed'];
  readonly viewport = new FakeViewport();
  readonly fakeUi = new FakeUi();
  readonly #world: FakeWorld;
  readonly #root: FakeDocument;
  #current: FakePage;
  #command: string;
  readonly #listeners = new Map<string, Set<(...args: never[]) => unknown>>();
  readonly #storage = new Map<string, unknown>();
  /** Messages shown with `figma.notify`. */
  readonly notifications: string[] = [];
  /** `figma.closePlugin` was called (with this message). */
  closedWith: string | undefined;
  #closed = false;

  constructor(world: FakeWorld, root: FakeDocument, command: string) {
    this.#world = world;
    this.mixed = world.mixed;
    this.#root = root;
    const first = root.pages[0];
    if (!first) throw new Error('FakePluginApi: the document needs a page');
    this.#current = first;
    first.loaded = true;
    this.#command = command;
    for (const page of root.pages) this.watchSelection(page);
    for (const name of FIGJAM_ONLY) {
      // In another editor these functions are simply not there: reading them fails.
      if (world.editor !== 'figjam') {
        Object.defineProperty(this, name, {
          get: () => {
            throw new TypeError(`no such property '${name}' on the figma global object`);
          },
        });
      }
    }
  }

  /** This object as the typings' `PluginAPI` (the members it lacks are not used by cjm-kit). */
  asPluginApi(): PluginAPI {
    return this as unknown as PluginAPI;
  }

  get editorType(): PluginAPI['editorType'] {
    return this.#world.editor;
  }

  get command(): string {
    return this.#command;
  }

  /** Starts the plugin again with another menu command (a test's "run the plugin"). */
  setCommand(command: string): void {
    this.#command = command;
  }

  get root(): FakeDocument {
    this.#assertOpen();
    return this.#root;
  }

  get currentPage(): PageNode {
    this.#assertOpen();
    return this.#current as unknown as PageNode;
  }

  /** The page the user is looking at, for tests — readable after the plugin closed, as the page stays on screen. */
  get shownPage(): FakePage {
    return this.#current;
  }

  /** Under dynamic-page the current page can only be changed with `setCurrentPageAsync`. */
  set currentPage(page: PageNode) {
    if (this.#world.dynamicPage) throw new Error('Setting figma.currentPage is not supported. Use figma.setCurrentPageAsync instead.');
    this.#switchTo(page as unknown as FakePage);
  }

  setCurrentPageAsync(page: PageNode): Promise<void> {
    const target = page as unknown as FakePage;
    target.loaded = true;
    this.#switchTo(target);
    return Promise.resolve();
  }

  /** Switches the current page as a person does (fires `currentpagechange`). */
  switchPage(page: FakePage): void {
    page.loaded = true;
    this.#switchTo(page);
  }

  loadAllPagesAsync(): Promise<void> {
    this.#world.allPagesLoaded = true;
    for (const page of this.#root.pages) page.loaded = true;
    return Promise.resolve();
  }

  /** Deprecated; throws under dynamic-page (docs/figma-plugin-api.md, "Dynamic page loading"). */
  getNodeById(id: string): BaseNode | null {
    if (this.#world.dynamicPage) throw new Error('in getNodeById: Cannot call with documentAccess: dynamic-page. Use figma.getNodeByIdAsync instead.');
    return this.#find(id) as unknown as BaseNode | null;
  }

  getNodeByIdAsync(id: string): Promise<BaseNode | null> {
    this.#assertOpen();
    return Promise.resolve(this.#find(id) as unknown as BaseNode | null);
  }

  get hasMissingFont(): boolean {
    return this.#root.descendants().some((node) => {
      const text = (node as Partial<FakeText>).hasMissingFont ?? (node as { text?: { hasMissingFont?: boolean } }).text?.hasMissingFont;
      return text === true;
    });
  }

  // ── creating nodes: each lands on the current page ──

  createSticky(): StickyNode {
    return this.#create('createSticky', new FakeSticky(this.#world)) as unknown as StickyNode;
  }

  createShapeWithText(): ShapeWithTextNode {
    return this.#create('createShapeWithText', new FakeShapeWithText(this.#world)) as unknown as ShapeWithTextNode;
  }

  /** FigJam only: a table of `numRows` × `numColumns` empty cells, 2 × 2 by default (docs/figma-plugin-api.md, "Tables"). */
  createTable(numRows = 2, numColumns = 2): TableNode {
    this.#assertOpen();
    const table = new FakeTable(this.#world, numRows, numColumns);
    return this.#create('createTable', table) as unknown as TableNode;
  }

  createSection(): SectionNode {
    return this.#create('createSection', new FakeSection(this.#world)) as unknown as SectionNode;
  }

  createFrame(): FrameNode {
    return this.#create('createFrame', new FakeFrame(this.#world)) as unknown as FrameNode;
  }

  createText(): TextNode {
    return this.#create('createText', new FakeText(this.#world)) as unknown as TextNode;
  }

  createRectangle(): RectangleNode {
    return this.#create('createRectangle', new FakeRectangle(this.#world)) as unknown as RectangleNode;
  }

  createEllipse(): EllipseNode {
    return this.#create('createEllipse', new FakeEllipse(this.#world)) as unknown as EllipseNode;
  }

  createLine(): LineNode {
    return this.#create('createLine', new FakeLine(this.#world)) as unknown as LineNode;
  }

  // ── fonts ──

  listAvailableFontsAsync(): Promise<Font[]> {
    return Promise.resolve(this.#world.fonts.list().map((fontName) => ({ fontName })));
  }

  loadFontAsync(font: FontName | { family: string; style?: string }): Promise<void> {
    this.#assertOpen();
    // A font load is a round trip to the editor: it settles on a later turn, never synchronously.
    return new Promise((resolve, reject) => {
      setTimeout(() => {
        try {
          this.#world.step('loadFontAsync');
          this.#world.fonts.load(font);
          resolve();
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      }, 0);
    });
  }

  // ── undo ──

  commitUndo(): void {
    this.#world.undo.commit();
  }

  triggerUndo(): void {
    this.#world.undo.undoOpen();
  }

  // ── events ──

  on(type: string, callback: (...args: never[]) => unknown): void {
    if (type === 'documentchange') {
      if (this.#world.dynamicPage && !this.#world.allPagesLoaded) {
        throw new Error('in figma.on: Cannot register a "documentchange" handler in dynamic-page mode before calling figma.loadAllPagesAsync()');
      }
      this.#world.events.onDocument(callback as unknown as (event: DocumentChangeEvent) => void);
      return;
    }
    let set = this.#listeners.get(type);
    if (!set) this.#listeners.set(type, (set = new Set()));
    set.add(callback);
  }

  once(type: string, callback: (...args: never[]) => unknown): void {
    const wrapper = (...args: never[]) => {
      this.off(type, wrapper);
      return callback(...args);
    };
    this.on(type, wrapper);
  }

  off(type: string, callback: (...args: never[]) => unknown): void {
    if (type === 'documentchange') this.#world.events.offDocument(callback as unknown as (event: DocumentChangeEvent) => void);
    else this.#listeners.get(type)?.delete(callback);
  }

  /** Calls the listeners of an argument-free event (`selectionchange`, `currentpagechange`, `close`). */
  fire(type: 'selectionchange' | 'currentpagechange' | 'close'): void {
    for (const listener of [...(this.#listeners.get(type) ?? [])]) (listener)();
  }

  /** Listeners registered for `type` (document ones on the event hub). */
  listenerCount(type: string): number {
    return this.#listeners.get(type)?.size ?? 0;
  }

  // ── UI, notifications, storage, closing ──

  showUI(html: string, options?: ShowUIOptions): void {
    this.#assertOpen();
    this.fakeUi.show(html, options);
  }

  get ui(): UIAPI {
    return this.fakeUi as unknown as UIAPI;
  }

  notify(message: string): NotificationHandler {
    this.notifications.push(message);
    return { cancel: () => undefined };
  }

  readonly clientStorage = {
    getAsync: (key: string): Promise<unknown> => Promise.resolve(this.#storage.get(key)),
    setAsync: (key: string, value: unknown): Promise<void> => {
      this.#storage.set(key, JSON.parse(JSON.stringify(value)) as unknown);
      return Promise.resolve();
    },
    deleteAsync: (key: string): Promise<void> => {
      this.#storage.delete(key);
      return Promise.resolve();
    },
    keysAsync: (): Promise<string[]> => Promise.resolve([...this.#storage.keys()]),
  };

  closePlugin(message?: string): void {
    this.#shutDown();
    this.closedWith = message ?? '';
  }

  /**
   * The user closes the plugin (its window's close button) while it may still be working: the
   * `close` listeners run — synchronously, with the API still usable — and then the API is
   * disabled and the sandbox is gone: a continuation that runs later in the fake finds every edit
   * throwing, as none would run at all in Figma (docs/figma-plugin-api.md, "Closing").
   */
  closeByUser(): void {
    this.#shutDown();
  }

  #shutDown(): void {
    this.fire('close');
    this.#closed = true;
    this.#world.pluginClosed = true;
    this.fakeUi.close();
  }

  get closed(): boolean {
    return this.#closed;
  }

  // ── internals ──

  #assertOpen(): void {
    // After closePlugin the API is disabled (docs/figma-plugin-api.md, "Closing").
    if (this.#closed) throw new Error('The plugin has been closed: Figma APIs are disabled after figma.closePlugin()');
  }

  #create(op: string, node: FakeScene): FakeScene {
    this.#assertOpen();
    this.#world.step(op);
    // New nodes are parented under the current page (docs/figma-plugin-api.md, "Creating nodes").
    this.#current.appendChildQuietly(node);
    return node;
  }

  #find(id: string): FakeNode | null {
    if (id === this.#root.id) return this.#root;
    for (const page of this.#root.pages) {
      if (page.id === id) return page;
      const found = page.descendants().find((node) => node.id === id);
      if (found) return found;
    }
    return null;
  }

  #switchTo(page: FakePage): void {
    if (page === this.#current) return;
    this.#current = page;
    this.watchSelection(page);
    this.fire('currentpagechange');
    this.fire('selectionchange');
  }

  /**
   * Makes every change of a page's selection fire `selectionchange` while that page is the
   * current one, whoever changed it — a person, the plugin, a deletion (docs/figma-plugin-api.md,
   * "Selection").
   */
  watchSelection(page: FakePage): void {
    page.onSelectionSet = () => {
      if (page === this.#current) this.fire('selectionchange');
    };
  }
}
