import type { FontName, NodeChange, PluginAPI } from '@figma/plugin-typings/plugin-api-standalone';
import { FakeEvents } from './events.ts';
import { FakeFaults } from './faults.ts';
import { DEFAULT_FONTS, FakeFonts } from './fonts.ts';
import { FakeUndo } from './undo.ts';

/** The editors the fake can be: the five `figma.editorType` values. */
export type FakeEditor = 'figma' | 'figjam' | 'dev' | 'slides' | 'buzz';

/** Who is acting on the document right now: the plugin (checked, counted), a person, or the file loader. */
export type Actor = 'plugin' | 'person' | 'loader';

/** Options of the fake editor. */
export interface FakeWorldOptions {
  readonly editor?: FakeEditor;
  /** manifest.json `documentAccess`; default `'dynamic-page'`, as cjm-kit's manifest says. */
  readonly documentAccess?: 'dynamic-page' | 'default';
  /** Fonts the editor has; default Inter (Regular, Medium, Semi Bold, Bold) and Roboto. */
  readonly fonts?: readonly FontName[];
}

/**
 * The state the fake's nodes share: the editor, fonts, events, undo history, fault plan, and who
 * is acting. Plugin calls are checked against Figma's rules and counted as fault steps; a
 * person's edits and the file loader are not (a person's editor has loaded its fonts itself).
 */
export class FakeWorld {
  readonly editor: FakeEditor;
  readonly dynamicPage: boolean;
  readonly fonts: FakeFonts;
  readonly faults = new FakeFaults();
  readonly events = new FakeEvents();
  readonly undo = new FakeUndo();
  /** Where changes come from in events: the user running the plugin, or someone else in the file. */
  origin: 'LOCAL' | 'REMOTE' = 'LOCAL';
  #actor: Actor = 'plugin';
  #nextId = 1;
  /**
   * `figma.mixed`: what a text property reads when its characters differ (docs/figma-plugin-api.md,
   * "Styled text"). One symbol per editor, shared by the API object and its nodes.
   */
  readonly mixed: PluginAPI['mixed'] = Symbol('figma.mixed') as unknown as PluginAPI['mixed'];
  /** Plugin reads the fake counts (not editing steps): call name → calls, for budget tests. */
  readonly reads = new Map<string, number>();
  /** `figma.loadAllPagesAsync()` was called: every page is loaded and `documentchange` may be used. */
  allPagesLoaded = false;

  constructor(options: FakeWorldOptions = {}) {
    this.editor = options.editor ?? 'figjam';
    this.dynamicPage = (options.documentAccess ?? 'dynamic-page') === 'dynamic-page';
    this.fonts = new FakeFonts(options.fonts ?? DEFAULT_FONTS);
  }

  get actor(): Actor {
    return this.#actor;
  }

  /** Runs `edit` as `actor` (a person's edit, the file loader), then goes back to the plugin. */
  as<T>(actor: Actor, edit: () => T): T {
    const before = this.#actor;
    this.#actor = actor;
    try {
      return edit();
    } finally {
      this.#actor = before;
    }
  }

  /** A new node id in Figma's `page:number` form. */
  newId(): string {
    return `1:${this.#nextId++}`;
  }

  /** Keeps new ids clear of ids a loaded file already uses. */
  reserveId(id: string): void {
    const number = Number(id.split(':').at(-1));
    if (Number.isInteger(number) && number >= this.#nextId) this.#nextId = number + 1;
  }

  /**
   * The plugin was closed (`figma.closePlugin()` or the user closing it): its API is disabled, so
   * every later plugin edit throws (docs/figma-plugin-api.md, "Closing").
   */
  pluginClosed = false;

  /** Counts one plugin editing call (and fails it when a fault is armed for it, or the plugin is closed). */
  step(op: string): void {
    if (this.#actor !== 'plugin') return;
    if (this.pluginClosed) throw new Error(`${op}: the plugin has been closed, Figma APIs are disabled`);
    this.faults.step(op);
  }

  /** Counts one plugin read of `op` (a person's or the loader's reads are not the plugin's). */
  countRead(op: string): void {
    if (this.#actor === 'plugin') this.reads.set(op, (this.reads.get(op) ?? 0) + 1);
  }

  /** Plugin writes need the font loaded; people and the loader don't go through the API. */
  assertFontLoaded(font: FontName): void {
    if (this.#actor === 'plugin') this.fonts.assertLoaded(font);
  }

  /** Records an undoable change, except while loading a file (a file's content is not an edit). */
  recordUndo(inverse: () => void): void {
    if (this.#actor !== 'loader') this.undo.record(inverse);
  }

  /** Queues a document event for a change on `pageId`; nothing while loading a file. */
  emit(pageId: string | undefined, change: NodeChange): void {
    if (this.#actor === 'loader' || pageId === undefined) return;
    this.events.record({ pageId, change });
  }
}
