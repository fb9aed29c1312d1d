import type {
  BaseNode,
  ChildrenMixin,
  FindAllCriteria,
  NodeChangeProperty,
  NodeType,
  Paint,
  Rect,
  SceneNode,
  Transform,
} from '@figma/plugin-typings/plugin-api-standalone';
import type { FakeWorld } from '../world.ts';

/**
 * The parts every fake node shares: id, name, parent, removal and plugin data. Fake nodes are
 * handed to the plugin typed as the typings' node types (`as unknown as StickyNode`); every
 * member they have matches the typings, and members they lack are plugin API the adapter must
 * not rely on.
 */
export abstract class FakeNode {
  abstract readonly type: NodeType;
  readonly world: FakeWorld;
  readonly id: string;
  #name: string;
  /** The node holding this one; null for the document, for pages' parent use `parent`. */
  holder: FakeContainer | null = null;
  #removed = false;
  readonly #pluginData = new Map<string, string>();
  readonly #shared = new Map<string, Map<string, string>>();

  constructor(world: FakeWorld, name: string, id?: string) {
    this.world = world;
    this.id = id ?? world.newId();
    if (id !== undefined) world.reserveId(id);
    this.#name = name;
  }

  get name(): string {
    return this.#name;
  }

  set name(value: string) {
    this.assertAlive('name');
    this.world.step('name');
    const before = this.#name;
    this.#name = String(value);
    this.world.recordUndo(() => (this.#name = before));
    this.changed('name');
  }

  /** Sets the name without counting a plugin step (text nodes rename themselves). */
  protected renameQuietly(value: string): void {
    this.#name = value;
  }

  /** Gives a node loaded from a file its name. */
  renameForLoad(value: string): void {
    this.#name = value;
  }

  get parent(): (BaseNode & ChildrenMixin) | null {
    return this.holder as unknown as (BaseNode & ChildrenMixin) | null;
  }

  get removed(): boolean {
    return this.#removed;
  }

  /** Marks this node and everything in it removed (or back, on undo). */
  markRemoved(removed: boolean): void {
    this.#removed = removed;
    if (this instanceof FakeContainer) for (const child of this.kids) child.markRemoved(removed);
  }

  toString(): string {
    return `[Node ${this.id}]`;
  }

  /**
   * Figma rejects most calls on a node that was removed (docs/figma-plugin-api.md, "Removed
   * nodes"): a plugin that keeps node references must check `removed` first.
   */
  assertAlive(what: string): void {
    if (this.#removed) throw new Error(`in ${what}: The node with id "${this.id}" does not exist`);
  }

  /** The page this node is on, if it is attached to one. */
  page(): FakeContainer | undefined {
    if (this.type === 'PAGE') return this as unknown as FakeContainer;
    for (let node = this.holder; node; node = node.holder) if (node.type === 'PAGE') return node;
    return undefined;
  }

  /** Queues a PROPERTY_CHANGE event for this node. */
  changed(...properties: NodeChangeProperty[]): void {
    this.world.emit(this.page()?.id, {
      type: 'PROPERTY_CHANGE',
      id: this.id,
      origin: this.world.origin,
      node: this as unknown as SceneNode,
      properties,
    });
  }

  remove(): void {
    this.assertAlive('remove');
    this.world.step('remove');
    const holder = this.holder;
    if (!holder) {
      this.markRemoved(true);
      return;
    }
    const page = this.page();
    const pageId = page?.id;
    const index = holder.kids.indexOf(this as unknown as FakeScene);
    holder.detach(this as unknown as FakeScene);
    this.markRemoved(true);
    page?.selectionMayHaveChanged();
    this.world.recordUndo(() => {
      this.markRemoved(false);
      holder.attach(this as unknown as FakeScene, index);
    });
    this.world.emit(pageId, { type: 'DELETE', id: this.id, origin: this.world.origin, node: { removed: true, type: this.type, id: this.id } });
  }

  getPluginData(key: string): string {
    return this.#pluginData.get(key) ?? '';
  }

  setPluginData(key: string, value: string): void {
    this.assertAlive('setPluginData');
    this.world.step('setPluginData');
    setEntry(this.#pluginData, key, value, this.world);
  }

  getPluginDataKeys(): string[] {
    return [...this.#pluginData.keys()];
  }

  getSharedPluginData(namespace: string, key: string): string {
    return this.#shared.get(namespace)?.get(key) ?? '';
  }

  /**
   * Shared plugin data: public to every plugin and to the REST API (`?plugin_data=shared`). The
   * namespace must be at least 3 characters; '' deletes the key; an entry is at most 100 kB
   * (docs/figma-plugin-api.md, "Plugin data").
   */
  setSharedPluginData(namespace: string, key: string, value: string): void {
    this.assertAlive('setSharedPluginData');
    this.world.step('setSharedPluginData');
    if (!/^[A-Za-z0-9][A-Za-z0-9_.-]{2,}$/u.test(namespace)) {
      throw new Error(`in setSharedPluginData: Namespace "${namespace}" must be at least 3 alphanumeric characters`);
    }
    let entries = this.#shared.get(namespace);
    if (!entries) this.#shared.set(namespace, (entries = new Map<string, string>()));
    setEntry(entries, key, value, this.world, namespace);
    this.changed('pluginData');
  }

  getSharedPluginDataKeys(namespace: string): string[] {
    return [...(this.#shared.get(namespace)?.keys() ?? [])];
  }

  /** Every shared namespace with its entries (for the REST view of the node). */
  sharedEntries(): Record<string, Record<string, string>> {
    const out: Record<string, Record<string, string>> = {};
    for (const [namespace, entries] of this.#shared) if (entries.size > 0) out[namespace] = Object.fromEntries(entries);
    return out;
  }

  /** Has private plugin data under one of `keys` (any key when `keys` is undefined). */
  hasPluginData(keys: readonly string[] | undefined): boolean {
    return keys ? keys.some((key) => this.#pluginData.has(key)) : this.#pluginData.size > 0;
  }

  /** Has shared plugin data in `namespace` under one of `keys` (any key when undefined). */
  hasSharedPluginData(namespace: string, keys: readonly string[] | undefined): boolean {
    const entries = this.#shared.get(namespace);
    if (!entries || entries.size === 0) return false;
    return keys ? keys.some((key) => entries.has(key)) : true;
  }
}

/** The largest plugin data entry Figma keeps: namespace (or plugin id), key and value, 100 kB. */
const PLUGIN_DATA_MAX_BYTES = 100_000;

function setEntry(entries: Map<string, string>, key: string, value: string, world: FakeWorld, namespace = 'plugin'): void {
  const size = utf8Length(namespace + key + value);
  if (size > PLUGIN_DATA_MAX_BYTES) throw new Error(`in setSharedPluginData: entry exceeds the 100 kB limit (${size} bytes)`);
  const before = entries.get(key);
  if (value === '') entries.delete(key);
  else entries.set(key, String(value));
  world.recordUndo(() => {
    if (before === undefined) entries.delete(key);
    else entries.set(key, before);
  });
}

/** Bytes of a string in UTF-8 (the sandbox has no TextEncoder). */
function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** A 2×3 affine transform as Figma writes it. */
function transform(x: number, y: number, degrees: number): Transform {
  const radians = (degrees * Math.PI) / 180;
  const c = Math.cos(radians);
  const s = Math.sin(radians);
  return [
    [c, s, x],
    [-s, c, y],
  ];
}

/**
 * A node on the canvas, with a place and a size. `x`/`y` are relative to the node's *container
 * parent* — the page, a frame or a section — never to a group, which only wraps its children
 * (docs/figma-plugin-api.md, "Coordinates"). `absoluteBoundingBox` is in page coordinates and
 * always agrees with `x`/`y` and the containers above.
 */
export abstract class FakeScene extends FakeNode {
  protected rx = 0;
  protected ry = 0;
  protected w: number;
  protected h: number;
  protected deg = 0;
  #visible = true;
  #fills: readonly Paint[] = [];
  locked = false;

  constructor(world: FakeWorld, name: string, width: number, height: number, id?: string) {
    super(world, name, id);
    this.w = width;
    this.h = height;
  }

  get x(): number {
    return this.rx;
  }

  set x(value: number) {
    this.setPosition('x', value);
  }

  get y(): number {
    return this.ry;
  }

  set y(value: number) {
    this.setPosition('y', value);
  }

  get width(): number {
    return this.w;
  }

  get height(): number {
    return this.h;
  }

  get visible(): boolean {
    return this.#visible;
  }

  set visible(value: boolean) {
    this.assertAlive('visible');
    this.world.step('visible');
    const before = this.#visible;
    this.#visible = Boolean(value);
    this.world.recordUndo(() => (this.#visible = before));
    this.changed('visible');
  }

  /** Paints; Figma hands out frozen copies, so a plugin must assign a new array to change them. */
  get fills(): readonly Paint[] {
    return this.#fills;
  }

  set fills(value: readonly Paint[]) {
    this.assertAlive('fills');
    this.world.step('fills');
    const before = this.#fills;
    this.#fills = Object.freeze(value.map((paint) => Object.freeze(JSON.parse(JSON.stringify(paint)) as Paint)));
    this.world.recordUndo(() => (this.#fills = before));
    this.changed('fills');
  }

  /** Sets fills without a plugin step (defaults, the file loader). */
  setFillsQuietly(value: readonly Paint[]): void {
    this.#fills = Object.freeze(value.map((paint) => Object.freeze(JSON.parse(JSON.stringify(paint)) as Paint)));
  }

  /** Hides a node loaded from a file that was hidden there. */
  hideForLoad(): void {
    this.#visible = false;
  }

  protected setPosition(axis: 'x' | 'y', value: number): void {
    this.assertAlive(axis);
    this.world.step(axis);
    if (!Number.isFinite(value)) throw new Error(`in set_${axis}: Expected a finite number, got ${value}`);
    const before = axis === 'x' ? this.rx : this.ry;
    this.moveBy(axis === 'x' ? value - before : 0, axis === 'y' ? value - before : 0);
    this.world.recordUndo(() => this.moveBy(axis === 'x' ? before - value : 0, axis === 'y' ? before - value : 0));
    this.changed(axis);
  }

  /** Shifts the node (a group shifts its children, being only their wrapper). */
  moveBy(dx: number, dy: number): void {
    this.rx += dx;
    this.ry += dy;
  }

  /** Sets the size, remembering the old one for undo. */
  protected setSize(width: number, height: number): void {
    const before = { w: this.w, h: this.h };
    if (before.w === width && before.h === height) return;
    this.w = width;
    this.h = height;
    this.world.recordUndo(() => {
      this.w = before.w;
      this.h = before.h;
    });
    this.changed('width', 'height');
  }

  /** Checks a size given to `resize` (Figma: each side ≥ 0.01). */
  protected checkSize(what: string, width: number, height: number): void {
    if (!(width >= 0.01) || !(height >= 0.01)) throw new Error(`in ${what}: width and height must be >= 0.01, got ${width} × ${height}`);
  }

  /** The page-space origin of this node's coordinates: its container parent's position. */
  containerOrigin(): { x: number; y: number } {
    for (let holder = this.holder; holder; holder = holder.holder) {
      if (holder.type === 'PAGE' || holder.type === 'DOCUMENT') return { x: 0, y: 0 };
      if (holder.type === 'GROUP' || holder.type === 'BOOLEAN_OPERATION') continue;
      const at = (holder as unknown as FakeScene).absolutePosition();
      return at;
    }
    return { x: 0, y: 0 };
  }

  /** Top-left corner in page coordinates (before rotation). */
  absolutePosition(): { x: number; y: number } {
    const origin = this.containerOrigin();
    return { x: origin.x + this.x, y: origin.y + this.y };
  }

  get relativeTransform(): Transform {
    return transform(this.x, this.y, this.deg);
  }

  get absoluteTransform(): Transform {
    const at = this.absolutePosition();
    return transform(at.x, at.y, this.deg);
  }

  /** The box around the (possibly rotated) node, in page coordinates. */
  get absoluteBoundingBox(): Rect | null {
    const at = this.absolutePosition();
    if (this.deg === 0) return { x: at.x, y: at.y, width: this.width, height: this.height };
    const [[a, b], [c, d]] = transform(0, 0, this.deg);
    const corners = [
      [0, 0],
      [this.width, 0],
      [0, this.height],
      [this.width, this.height],
    ].map(([px = 0, py = 0]) => ({ x: at.x + a * px + b * py, y: at.y + c * px + d * py }));
    const xs = corners.map((p) => p.x);
    const ys = corners.map((p) => p.y);
    const left = Math.min(...xs);
    const top = Math.min(...ys);
    return { x: left, y: top, width: Math.max(...xs) - left, height: Math.max(...ys) - top };
  }

  /** Gives a node loaded from a file the size the file says (no checks, no events). */
  loadSize(width: number, height: number): void {
    this.w = width;
    this.h = height;
  }

  /** Places the node so that its top-left corner is at this page point (loader, person). */
  placeAbsolute(x: number, y: number): void {
    const origin = this.containerOrigin();
    this.moveBy(x - origin.x - this.x, y - origin.y - this.y);
  }
}

/** Node types `appendChild` refuses: they can only sit where Figma puts them. */
const NOT_CHILDREN: ReadonlySet<string> = new Set(['DOCUMENT', 'PAGE']);

/**
 * What a container shares: children in drawing order (bottom first), `appendChild` /
 * `insertChild` (which move a node out of its old parent), and the `findAll…` searches.
 */
export abstract class FakeContainer extends FakeScene {
  readonly kids: FakeScene[] = [];

  /** Guards access to children (pages under dynamic-page must be loaded first). */
  protected assertReadable(_what: string): void {}

  /** A node on this page was deleted or moved; a page checks whether its selection changed. */
  selectionMayHaveChanged(): void {}

  get children(): readonly SceneNode[] {
    this.assertReadable('children');
    return [...this.kids] as unknown as SceneNode[];
  }

  appendChild(child: SceneNode): void {
    this.insertChild(this.kids.length, child, 'appendChild');
  }

  insertChild(index: number, child: SceneNode, what = 'insertChild'): void {
    this.assertAlive(what);
    this.assertReadable(what);
    this.world.step(what);
    const node = child as unknown as FakeScene;
    if (!(node instanceof FakeScene) || NOT_CHILDREN.has(node.type)) throw new Error(`in ${what}: Cannot add a ${node.type ?? 'non-node'} as a child`);
    node.assertAlive(what);
    if ((node as FakeNode) === this) throw new Error(`in ${what}: Cannot move a node inside itself`);
    for (let up = this.holder; up; up = up.holder) {
      if (up === node) throw new Error(`in ${what}: Cannot move a node inside itself`);
    }
    const from = node.holder;
    const fromIndex = from ? from.kids.indexOf(node) : -1;
    const fromPage = node.page();
    if (from) from.detach(node);
    const at = Math.max(0, Math.min(index, this.kids.length));
    this.attach(node, at);
    fromPage?.selectionMayHaveChanged();
    const toPage = node.page();
    if (toPage !== fromPage) toPage?.selectionMayHaveChanged();
    this.world.recordUndo(() => {
      this.detach(node);
      if (from) from.attach(node, fromIndex);
    });
    if (from) node.changed('parent');
    else this.world.emit(node.page()?.id, { type: 'CREATE', id: node.id, origin: this.world.origin, node: node as unknown as SceneNode });
  }

  /** Adds a node just created (it lands on top): undoable and announced, but no plugin step of its own. */
  appendChildQuietly(node: FakeScene): void {
    this.attach(node);
    this.world.recordUndo(() => {
      this.detach(node);
      node.markRemoved(true);
    });
    this.world.emit(node.page()?.id, { type: 'CREATE', id: node.id, origin: this.world.origin, node: node as unknown as SceneNode });
  }

  /** Puts a node into the children list without checks, events or undo (internal moves). */
  attach(node: FakeScene, index = this.kids.length): void {
    this.kids.splice(Math.max(0, Math.min(index, this.kids.length)), 0, node);
    node.holder = this;
  }

  /** Takes a node out of the children list without checks, events or undo. */
  detach(node: FakeScene): void {
    const i = this.kids.indexOf(node);
    if (i >= 0) this.kids.splice(i, 1);
    node.holder = null;
  }

  /** Every node inside this one, depth first in document order (parents before children). */
  descendants(): FakeScene[] {
    const out: FakeScene[] = [];
    const stack: FakeScene[] = [...this.kids].reverse();
    for (let node = stack.pop(); node; node = stack.pop()) {
      out.push(node);
      if (node instanceof FakeContainer) for (let i = node.kids.length - 1; i >= 0; i--) stack.push(node.kids[i] as FakeScene);
    }
    return out;
  }

  findAll(callback?: (node: SceneNode) => boolean): SceneNode[] {
    this.assertReadable('findAll');
    const all = this.descendants() as unknown as SceneNode[];
    return callback ? all.filter((node) => callback(node)) : all;
  }

  findOne(callback: (node: SceneNode) => boolean): SceneNode | null {
    return this.findAll(callback)[0] ?? null;
  }

  findChildren(callback?: (node: SceneNode) => boolean): SceneNode[] {
    const kids = this.children as SceneNode[];
    return callback ? kids.filter((node) => callback(node)) : [...kids];
  }

  findChild(callback: (node: SceneNode) => boolean): SceneNode | null {
    return this.findChildren(callback)[0] ?? null;
  }

  /**
   * `findAllWithCriteria`: descendants (not the node itself) of the given types that carry the
   * given plugin data keys or shared plugin data (docs/figma-plugin-api.md, "Finding nodes").
   */
  findAllWithCriteria<T extends NodeType[]>(criteria: FindAllCriteria<T>): Array<{ type: T[number] } & SceneNode> {
    this.assertReadable('findAllWithCriteria');
    const types = criteria.types ? new Set<string>(criteria.types) : undefined;
    const found = this.descendants().filter((node) => {
      if (types && !types.has(node.type)) return false;
      if (criteria.pluginData && !node.hasPluginData(criteria.pluginData.keys)) return false;
      if (criteria.sharedPluginData && !node.hasSharedPluginData(criteria.sharedPluginData.namespace, criteria.sharedPluginData.keys)) return false;
      return true;
    });
    return found as unknown as Array<{ type: T[number] } & SceneNode>;
  }
}
