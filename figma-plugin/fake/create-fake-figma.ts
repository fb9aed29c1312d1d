import type { PluginAPI } from '@figma/plugin-typings/plugin-api-standalone';
import type { FakeEvents } from './events.ts';
import { FakePluginApi } from './fake-plugin-api.ts';
import type { FakeUi } from './fake-ui.ts';
import type { FakeFaults } from './faults.ts';
import type { FakeFonts } from './fonts.ts';
import { loadRestDocument } from './load-rest-file.ts';
import type { FakeNode, FakeScene } from './nodes/base-node.ts';
import { FakeContainer } from './nodes/base-node.ts';
import { FakeDocument, FakePage } from './nodes/containers.ts';
import { FakePerson } from './person.ts';
import { FakeWorld, type FakeWorldOptions } from './world.ts';

/** Options of {@link createFakeFigma}. */
export interface FakeFigmaOptions extends FakeWorldOptions {
  /** The menu command the plugin runs (`figma.command`). Default `''`. */
  readonly command?: string;
  /**
   * Start from this Figma REST file (`GET /v1/files/:key?plugin_data=shared`) instead of one
   * empty page; its `editorType` is the editor unless `editor` says otherwise.
   */
  readonly file?: unknown;
  /** Names of the pages of a new document. Default one page, "Page 1". */
  readonly pages?: readonly string[];
}

/** One node as {@link FakeFigma.describe} lists it: enough to tell two pages apart. */
export interface NodeDescription {
  readonly id: string;
  readonly type: string;
  readonly name: string;
  readonly parent: string;
  readonly box: readonly [number, number, number, number];
  readonly text?: string;
  readonly shared?: Record<string, Record<string, string>>;
}

/** A fake Figma/FigJam editor with its controls. */
export interface FakeFigma {
  /** The `figma` global to give the code under test. */
  readonly figma: PluginAPI;
  /** The same object with the fake's own members (viewport record, notifications, `fire`). */
  readonly api: FakePluginApi;
  readonly fonts: FakeFonts;
  readonly faults: FakeFaults;
  readonly events: FakeEvents;
  readonly ui: FakeUi;
  /** What people do in the editor while the plugin runs. */
  readonly person: FakePerson;
  readonly root: FakeDocument;
  /** The current page. */
  page(): FakePage;
  /** A node anywhere in the document, by id. */
  node(id: string): FakeNode | null;
  /** Ctrl+Z: takes back the latest undo step (the plugin's whole run, unless it committed). */
  undo(): boolean;
  /** Undo steps recorded so far. */
  undoSteps(): number;
  /** Delivers queued `nodechange` / `documentchange` events now. */
  flushEvents(): void;
  /** Every node on a page (default the current one), parents first, as comparable data. */
  describe(page?: FakePage): NodeDescription[];
  /** Nodes on a page (default the current one). */
  nodeCount(page?: FakePage): number;
  /** How many times the plugin made a counted read (`getStyledTextSegments`), for budget tests. */
  readsOf(op: 'getStyledTextSegments'): number;
}

/**
 * Makes a fake editor: FigJam by default, under `documentAccess: "dynamic-page"`, with Inter and
 * Roboto installed. Every quirk it models is described, with the official page, in
 * docs/figma-plugin-api.md.
 */
export function createFakeFigma(options: FakeFigmaOptions = {}): FakeFigma {
  const fileEditor = isRecord(options.file) && (options.file.editorType === 'figma' || options.file.editorType === 'figjam') ? options.file.editorType : undefined;
  const world = new FakeWorld({ ...options, editor: options.editor ?? fileEditor ?? 'figjam' });
  let root: FakeDocument;
  if (options.file !== undefined) {
    root = loadRestDocument(world, options.file);
  } else {
    root = new FakeDocument(world);
    for (const name of options.pages ?? ['Page 1']) root.attach(new FakePage(world, name));
  }
  const api = new FakePluginApi(world, root, options.command ?? '');
  const page = () => api.shownPage;
  const find = (id: string): FakeNode | null => {
    if (id === root.id) return root;
    for (const p of root.pages) {
      if (p.id === id) return p;
      const found = p.descendants().find((node) => node.id === id);
      if (found) return found;
    }
    return null;
  };
  const describe = (target: FakePage = page()): NodeDescription[] =>
    target.descendants().map((node: FakeScene) => {
      const box = node.absoluteBoundingBox ?? { x: 0, y: 0, width: 0, height: 0 };
      const text = textOf(node);
      const shared = node.sharedEntries();
      return {
        id: node.id,
        type: node.type,
        name: node.name,
        parent: node.holder?.id ?? '',
        box: [round(box.x), round(box.y), round(box.width), round(box.height)] as const,
        ...(text !== undefined ? { text } : {}),
        ...(Object.keys(shared).length > 0 ? { shared } : {}),
      };
    });
  return {
    figma: api.asPluginApi(),
    api,
    fonts: world.fonts,
    faults: world.faults,
    events: world.events,
    ui: api.fakeUi,
    person: new FakePerson(world, page, find),
    root,
    page,
    node: find,
    undo: () => world.undo.undoLast(),
    undoSteps: () => world.undo.stepCount,
    flushEvents: () => world.events.flush(),
    describe,
    nodeCount: (target: FakePage = page()) => target.descendants().length,
    readsOf: (op) => world.reads.get(op) ?? 0,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function textOf(node: FakeScene): string | undefined {
  if (node instanceof FakeContainer) return undefined;
  const own = (node as { characters?: unknown }).characters;
  if (typeof own === 'string') return own;
  const sub = (node as { text?: { characters?: unknown } }).text?.characters;
  return typeof sub === 'string' ? sub : undefined;
}
