import type {
  FrameNode,
  NodeChangeEvent,
  PageNode,
  Rect,
  SceneNode,
  SectionNode,
} from '@figma/plugin-typings/plugin-api-standalone';
import type { FakeWorld } from '../world.ts';
import { FakeContainer, type FakeScene } from './base-node.ts';

/** `figma.root`: holds the pages. */
export class FakeDocument extends FakeContainer {
  readonly type = 'DOCUMENT' as const;

  constructor(world: FakeWorld, name = 'Untitled') {
    super(world, name, 0, 0, '0:0');
  }

  /** The pages, in order. */
  get pages(): FakePage[] {
    return this.kids as unknown as FakePage[];
  }
}

/**
 * A page. Under `documentAccess: "dynamic-page"` only the current page is loaded when the plugin
 * starts; reading another page's children throws until `page.loadAsync()` or
 * `figma.loadAllPagesAsync()` (docs/figma-plugin-api.md, "Dynamic page loading"). Node changes
 * on the page reach `page.on('nodechange', …)` listeners.
 */
export class FakePage extends FakeContainer implements Pick<PageNode, 'type' | 'loadAsync'> {
  readonly type = 'PAGE' as const;
  loaded: boolean;
  #selection: FakeScene[] = [];
  readonly #once = new Map<(event: NodeChangeEvent) => void, (event: NodeChangeEvent) => void>();
  /** Called whenever the selection changes (the API object sends `selectionchange` for the current page). */
  onSelectionSet: (() => void) | undefined;

  constructor(world: FakeWorld, name: string, id?: string) {
    super(world, name, 0, 0, id);
    this.loaded = !world.dynamicPage;
  }

  protected override assertReadable(what: string): void {
    if (this.loaded || this.world.allPagesLoaded) return;
    throw new Error(`in ${what}: Cannot access children on a page that has not been explicitly loaded. Remember to call \`await page.loadAsync()\` or \`await figma.loadAllPagesAsync()\` first.`);
  }

  loadAsync(): Promise<void> {
    this.loaded = true;
    return Promise.resolve();
  }

  get selection(): readonly SceneNode[] {
    // Removed nodes drop out of the selection, as in the editor.
    this.#selection = this.#selection.filter((node) => !node.removed);
    return [...this.#selection] as unknown as SceneNode[];
  }

  set selection(nodes: readonly SceneNode[]) {
    this.world.step('selection');
    this.#selection = this.#direct(nodes as unknown as FakeScene[]);
    // Setting it fires even when nothing changed (docs/figma-plugin-api.md, "Selection").
    this.onSelectionSet?.();
  }

  /** Sets the selection as a person does it: no plugin step, but `selectionchange` all the same. */
  selectAsPerson(nodes: readonly FakeScene[]): void {
    this.#selection = this.#direct(nodes);
    this.onSelectionSet?.();
  }

  /**
   * A node was deleted or moved: a selected node that is gone, or now inside another selected
   * node, leaves the selection, and that is a change of it (docs/figma-plugin-api.md, "Selection").
   */
  override selectionMayHaveChanged(): void {
    if (this.#selection.length === 0) return;
    const now = this.#direct(this.#selection);
    if (now.length === this.#selection.length) return;
    this.#selection = now;
    this.onSelectionSet?.();
  }

  /**
   * The nodes as Figma keeps a selection: each once, only live nodes of this page, and only the
   * directly selected ones — never a node together with one of its ancestors.
   */
  #direct(nodes: readonly FakeScene[]): FakeScene[] {
    const chosen = new Set(nodes.filter((node) => !node.removed && node.page() === this));
    return [...chosen].filter((node) => {
      for (let up = node.holder; up && up !== (this as FakeContainer); up = up.holder) if (chosen.has(up)) return false;
      return true;
    });
  }

  on(type: 'nodechange', callback: (event: NodeChangeEvent) => void): void {
    if (type !== 'nodechange') throw new Error(`in page.on: Unknown event "${String(type)}"`);
    this.world.events.onPage(this.id, callback);
  }

  once(type: 'nodechange', callback: (event: NodeChangeEvent) => void): void {
    const wrapper = (event: NodeChangeEvent) => {
      this.off(type, callback);
      callback(event);
    };
    this.#once.set(callback, wrapper);
    this.on(type, wrapper);
  }

  off(type: 'nodechange', callback: (event: NodeChangeEvent) => void): void {
    this.world.events.offPage(this.id, this.#once.get(callback) ?? callback);
    this.#once.delete(callback);
  }
}

/**
 * A FigJam/Figma section: a container with its own coordinates (children's `x`/`y` are relative
 * to it) that is sized with `resizeWithoutConstraints` (docs/figma-plugin-api.md, "Sections").
 */
export class FakeSection extends FakeContainer implements Pick<SectionNode, 'type' | 'resizeWithoutConstraints' | 'resize'> {
  readonly type = 'SECTION' as const;
  sectionContentsHidden = false;

  constructor(world: FakeWorld, id?: string) {
    super(world, 'Section', 100, 100, id);
    this.setFillsQuietly([{ type: 'SOLID', color: { r: 1, g: 1, b: 1 } }]);
  }

  resizeWithoutConstraints(width: number, height: number): void {
    this.assertAlive('resizeWithoutConstraints');
    this.world.step('resizeWithoutConstraints');
    this.checkSize('resizeWithoutConstraints', width, height);
    this.setSize(width, height);
  }

  resize(width: number, height: number): void {
    this.resizeWithoutConstraints(width, height);
  }
}

/** A design-file frame (and the flattened frames of REST files: components, instances). */
export class FakeFrame extends FakeContainer implements Pick<FrameNode, 'resize' | 'resizeWithoutConstraints' | 'clipsContent' | 'cornerRadius'> {
  readonly type: 'FRAME' | 'COMPONENT' | 'COMPONENT_SET' | 'INSTANCE';
  clipsContent = true;
  cornerRadius = 0;

  constructor(world: FakeWorld, type: FakeFrame['type'] = 'FRAME', id?: string) {
    super(world, 'Frame', 100, 100, id);
    this.type = type;
    this.setFillsQuietly([{ type: 'SOLID', color: { r: 1, g: 1, b: 1 } }]);
  }

  resize(width: number, height: number): void {
    this.assertAlive('resize');
    this.world.step('resize');
    this.checkSize('resize', width, height);
    this.setSize(width, height);
  }

  resizeWithoutConstraints(width: number, height: number): void {
    this.resize(width, height);
  }
}

/**
 * A group: no coordinates of its own. Its box is the union of its children's boxes, and moving
 * it moves them (docs/figma-plugin-api.md, "Coordinates").
 */
export class FakeGroup extends FakeContainer {
  readonly type: 'GROUP' | 'BOOLEAN_OPERATION' | 'TRANSFORM_GROUP';

  constructor(world: FakeWorld, type: FakeGroup['type'] = 'GROUP', id?: string) {
    super(world, 'Group', 0, 0, id);
    this.type = type;
  }

  #bounds(): Rect {
    const boxes = this.kids.map((kid) => kid.absoluteBoundingBox).filter((box): box is Rect => box !== null);
    if (boxes.length === 0) return { x: 0, y: 0, width: 0, height: 0 };
    const left = Math.min(...boxes.map((b) => b.x));
    const top = Math.min(...boxes.map((b) => b.y));
    const right = Math.max(...boxes.map((b) => b.x + b.width));
    const bottom = Math.max(...boxes.map((b) => b.y + b.height));
    return { x: left, y: top, width: right - left, height: bottom - top };
  }

  override get x(): number {
    return this.#bounds().x - this.containerOrigin().x;
  }

  override set x(value: number) {
    this.setPosition('x', value);
  }

  override get y(): number {
    return this.#bounds().y - this.containerOrigin().y;
  }

  override set y(value: number) {
    this.setPosition('y', value);
  }

  override get width(): number {
    return this.#bounds().width;
  }

  override get height(): number {
    return this.#bounds().height;
  }

  protected override setPosition(axis: 'x' | 'y', value: number): void {
    this.assertAlive(axis);
    this.world.step(axis);
    const before = axis === 'x' ? this.x : this.y;
    const delta = value - before;
    this.moveBy(axis === 'x' ? delta : 0, axis === 'y' ? delta : 0);
    this.world.recordUndo(() => this.moveBy(axis === 'x' ? -delta : 0, axis === 'y' ? -delta : 0));
    this.changed(axis);
  }

  override moveBy(dx: number, dy: number): void {
    for (const kid of this.kids) kid.moveBy(dx, dy);
  }
}
