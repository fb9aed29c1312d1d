import type {
  FontName,
  PluginAPI,
  ShapeWithTextNode,
  StickyNode,
  TextNode,
  TextSublayerNode,
} from '@figma/plugin-typings/plugin-api-standalone';
import { layoutText } from '../text-metrics.ts';
import type { FakeWorld } from '../world.ts';
import type { FakeNode} from './base-node.ts';
import { FakeScene } from './base-node.ts';
import type { FakeSegment } from './styled-text.ts';
import { StyledText } from './styled-text.ts';

/** Figma's default design-file text font. */
const INTER_REGULAR: FontName = { family: 'Inter', style: 'Regular' };
/** FigJam stickies, shapes and connector labels start in Inter Medium (docs/figma-plugin-api.md, "Fonts"). */
const INTER_MEDIUM: FontName = { family: 'Inter', style: 'Medium' };

/** A style change of some characters: the `setRange*` calls the fake models. */
type RangeStyle = { readonly fontName?: FontName; readonly fontSize?: number };

/**
 * The text state text nodes and sublayers share, with Figma's font rules on every write: the
 * characters with the font and size of each (styled-text.ts), read back whole or `figma.mixed`.
 */
class TextState {
  readonly styled: StyledText;

  constructor(
    private readonly owner: FakeNode,
    font: FontName,
    size: number,
    private readonly relayout: () => void,
  ) {
    this.styled = new StyledText(font, size);
  }

  get characters(): string {
    return this.styled.characters;
  }

  get fontName(): FontName | PluginAPI['mixed'] {
    return this.styled.uniformFont() ?? this.owner.world.mixed;
  }

  get fontSize(): number | PluginAPI['mixed'] {
    return this.styled.uniformSize() ?? this.owner.world.mixed;
  }

  get fontWeight(): number | PluginAPI['mixed'] {
    return this.styled.uniformWeight() ?? this.owner.world.mixed;
  }

  /** The size lines are laid out at (the largest, when sizes are mixed). */
  get layoutSize(): number {
    return this.styled.largestSize();
  }

  /**
   * Checks the fonts a layout write needs: every font the text uses (docs/figma-plugin-api.md,
   * "Fonts": only setting `fontName` needs nothing but the new font).
   */
  assertFontsLoaded(start?: number, end?: number): void {
    for (const font of this.styled.fontsIn(start, end)) this.owner.world.assertFontLoaded(font);
  }

  /**
   * Writes a layout property. Changing `characters`, `fontSize` and the like needs the node's
   * current fonts loaded; changing `fontName` needs only the new one (docs/figma-plugin-api.md,
   * "Fonts").
   */
  write(key: 'characters', value: string): void;
  write(key: 'fontName', value: FontName): void;
  write(key: 'fontSize', value: number): void;
  write(key: 'characters' | 'fontName' | 'fontSize', value: string | FontName | number): void {
    const world = this.owner.world;
    this.owner.assertAlive(`set_${key}`);
    world.step(key);
    if (key === 'fontName') world.assertFontLoaded(value as FontName);
    else this.assertFontsLoaded();
    if (key === 'fontSize') checkFontSize('set_fontSize', value as number);
    this.edit(() => {
      if (key === 'characters') this.styled.replace(value as string);
      else if (key === 'fontName') this.styled.setAll({ fontName: value as FontName });
      else this.styled.setAll({ fontSize: value as number });
    }, key);
  }

  /**
   * `setRangeFontSize` / `setRangeFontName`: restyles the characters from `start` (inclusive) to
   * `end` (exclusive). A new font needs only itself loaded; a new size the fonts of the range
   * (docs/figma-plugin-api.md, "Styled text").
   */
  setRange(op: 'setRangeFontSize' | 'setRangeFontName', start: number, end: number, change: RangeStyle): void {
    this.owner.assertAlive(op);
    this.owner.world.step(op);
    this.styled.checkRange(op, start, end, false);
    if (change.fontName) this.owner.world.assertFontLoaded(change.fontName);
    else this.assertFontsLoaded(start, end);
    if (change.fontSize !== undefined) checkFontSize(op, change.fontSize);
    this.edit(() => this.styled.setRange(start, end, change), change.fontName ? 'fontName' : 'fontSize');
  }

  /** `getStyledTextSegments`: counted (a read, not an edit), checked and answered by the styled text. */
  segments(fields: unknown, start?: number, end?: number): FakeSegment[] {
    this.owner.assertAlive('getStyledTextSegments');
    this.owner.world.countRead('getStyledTextSegments');
    return this.styled.segments(fields, start, end);
  }

  /** Sets text typed by a person or loaded from a file: no font check, no undo. */
  setLoaded(characters: string, fontSize?: number, font?: FontName): void {
    this.styled.replace(characters);
    if (fontSize !== undefined || font) this.styled.setAll({ ...(font ? { fontName: font } : {}), ...(fontSize === undefined ? {} : { fontSize }) });
    this.relayout();
  }

  /** Loads characters with the style of each run (a file's style overrides). */
  loadRuns(characters: string, runs: readonly { readonly length: number; readonly fontName: FontName; readonly fontSize: number }[]): void {
    this.styled.load(characters, runs);
    this.relayout();
  }

  get hasMissingFont(): boolean {
    return this.styled.fontsIn().some((font) => !this.owner.world.fonts.isAvailable(font));
  }

  /** Applies a change, lays the text out again, and records its undo and its change event. */
  private edit(change: () => void, property: 'characters' | 'fontName' | 'fontSize'): void {
    const before = this.styled.state;
    change();
    this.relayout();
    this.owner.world.recordUndo(() => {
      this.styled.state = before;
      this.relayout();
    });
    this.owner.changed(property);
  }
}

/** Figma's check of a font size (at least 1). */
function checkFontSize(op: string, value: number): void {
  if (!(value >= 1)) throw new Error(`in ${op}: Expected a font size >= 1, got ${value}`);
}

/**
 * The styled-text members text nodes and sublayers share (@figma/plugin-typings
 * `BaseNonResizableTextMixin`): `fontWeight`, the range setters the fake models and
 * `getStyledTextSegments`, each answered by the node's {@link TextState}.
 */
interface StyledTextMembers {
  readonly fontWeight: number | PluginAPI['mixed'];
  setRangeFontSize(start: number, end: number, value: number): void;
  setRangeFontName(start: number, end: number, value: FontName): void;
  getStyledTextSegments(fields: readonly string[], start?: number, end?: number): FakeSegment[];
}

/**
 * `figma.createText()`: Inter Regular 12, auto width. With `textAutoResize = 'HEIGHT'` the width
 * is kept and the height follows the text; `'NONE'` keeps both. The name follows the characters
 * until the plugin renames it, as in the editor.
 */
export class FakeText extends FakeScene implements Pick<TextNode, 'type' | 'textAutoResize' | 'textAlignHorizontal' | 'textAlignVertical' | 'autoRename' | 'resize'>, StyledTextMembers {
  readonly type = 'TEXT' as const;
  readonly #text: TextState;
  #autoResize: TextNode['textAutoResize'] = 'WIDTH_AND_HEIGHT';
  textAlignHorizontal: TextNode['textAlignHorizontal'] = 'LEFT';
  textAlignVertical: TextNode['textAlignVertical'] = 'TOP';
  autoRename = true;

  constructor(world: FakeWorld, id?: string) {
    super(world, 'Text', 0, 0, id);
    this.#text = new TextState(this, INTER_REGULAR, 12, () => this.relayout());
    this.setFillsQuietly([{ type: 'SOLID', color: { r: 0, g: 0, b: 0 } }]);
    this.relayout();
  }

  get characters(): string {
    return this.#text.characters;
  }

  set characters(value: string) {
    this.#text.write('characters', value);
    if (this.autoRename) this.renameQuietly(this.#text.characters.slice(0, 100) || 'Text');
  }

  get fontName(): FontName | PluginAPI['mixed'] {
    return this.#text.fontName;
  }

  set fontName(value: FontName) {
    this.#text.write('fontName', value);
  }

  get fontSize(): number | PluginAPI['mixed'] {
    return this.#text.fontSize;
  }

  set fontSize(value: number) {
    this.#text.write('fontSize', value);
  }

  get fontWeight(): number | PluginAPI['mixed'] {
    return this.#text.fontWeight;
  }

  get hasMissingFont(): boolean {
    return this.#text.hasMissingFont;
  }

  setRangeFontSize(start: number, end: number, value: number): void {
    this.#text.setRange('setRangeFontSize', start, end, { fontSize: value });
  }

  setRangeFontName(start: number, end: number, value: FontName): void {
    this.#text.setRange('setRangeFontName', start, end, { fontName: value });
  }

  getStyledTextSegments(fields: readonly string[], start?: number, end?: number): FakeSegment[] {
    return this.#text.segments(fields, start, end);
  }

  /** Loads the text with the style of each run (a file's style overrides). */
  loadRuns(characters: string, runs: readonly { readonly length: number; readonly fontName: FontName; readonly fontSize: number }[]): void {
    this.#text.loadRuns(characters, runs);
  }

  get textAutoResize(): TextNode['textAutoResize'] {
    return this.#autoResize;
  }

  set textAutoResize(value: TextNode['textAutoResize']) {
    this.assertAlive('set_textAutoResize');
    this.world.step('textAutoResize');
    this.#text.assertFontsLoaded();
    const before = this.#autoResize;
    this.#autoResize = value;
    this.relayout();
    this.world.recordUndo(() => {
      this.#autoResize = before;
      this.relayout();
    });
  }

  override set name(value: string) {
    super.name = value;
    this.autoRename = false;
  }

  override get name(): string {
    return super.name;
  }

  /**
   * A resized auto-width text keeps the size it is given (its mode becomes fixed); an
   * auto-height one keeps the width and fits its height again. Inferred from Figma's own example,
   * which resizes a text and then sets `textAutoResize = 'HEIGHT'` (docs/figma-plugin-api.md,
   * "Text boxes").
   */
  resize(width: number, height: number): void {
    this.assertAlive('resize');
    this.world.step('resize');
    this.checkSize('resize', width, height);
    const mode = this.#autoResize;
    if (mode === 'WIDTH_AND_HEIGHT') this.#autoResize = 'NONE';
    this.world.recordUndo(() => (this.#autoResize = mode));
    this.setSize(width, height);
    this.relayout();
  }

  /** Sets the text of a node loaded from a file or typed by a person: no font check. */
  setLoaded(characters: string, fontSize?: number, font?: FontName): void {
    this.#text.setLoaded(characters, fontSize, font);
  }

  /** A text loaded from a file keeps the file's box (fixed size, as the file drew it). */
  override loadSize(width: number, height: number): void {
    this.#autoResize = 'NONE';
    super.loadSize(width, height);
  }

  private relayout(): void {
    if (this.#autoResize === 'NONE' || this.#autoResize === 'TRUNCATE') return;
    const fixedWidth = this.#autoResize === 'HEIGHT' ? this.w : undefined;
    const laid = layoutText(this.#text.characters, this.#text.layoutSize, fixedWidth);
    this.w = fixedWidth ?? laid.width;
    this.h = laid.height;
  }
}

/** The text inside a sticky, a shape with text or a connector: `node.text`. */
export class FakeTextSublayer implements Pick<TextSublayerNode, 'characters' | 'fontName' | 'fontSize' | 'fontWeight' | 'hasMissingFont'>, StyledTextMembers {
  readonly #state: TextState;

  constructor(owner: FakeNode, font: FontName, size: number, relayout: () => void) {
    this.#state = new TextState(owner, font, size, relayout);
  }

  get characters(): string {
    return this.#state.characters;
  }

  set characters(value: string) {
    this.#state.write('characters', value);
  }

  get fontName(): FontName | PluginAPI['mixed'] {
    return this.#state.fontName;
  }

  set fontName(value: FontName) {
    this.#state.write('fontName', value);
  }

  get fontSize(): number | PluginAPI['mixed'] {
    return this.#state.fontSize;
  }

  set fontSize(value: number) {
    this.#state.write('fontSize', value);
  }

  get fontWeight(): number | PluginAPI['mixed'] {
    return this.#state.fontWeight;
  }

  get hasMissingFont(): boolean {
    return this.#state.hasMissingFont;
  }

  /** The size the owner lays its text out at (the largest, when sizes are mixed). */
  get layoutSize(): number {
    return this.#state.layoutSize;
  }

  setRangeFontSize(start: number, end: number, value: number): void {
    this.#state.setRange('setRangeFontSize', start, end, { fontSize: value });
  }

  setRangeFontName(start: number, end: number, value: FontName): void {
    this.#state.setRange('setRangeFontName', start, end, { fontName: value });
  }

  getStyledTextSegments(fields: readonly string[], start?: number, end?: number): FakeSegment[] {
    return this.#state.segments(fields, start, end);
  }

  /** Sets the text without the font check (a person typing, the file loader). */
  setLoaded(characters: string, fontSize?: number): void {
    this.#state.setLoaded(characters, fontSize);
  }

  /** Loads the text with the style of each run (a file's style overrides). */
  loadRuns(characters: string, runs: readonly { readonly length: number; readonly fontName: FontName; readonly fontSize: number }[]): void {
    this.#state.loadRuns(characters, runs);
  }
}

/** Sticky widths: square and wide (docs/figma-plugin-api.md, "Stickies"). */
export const STICKY_WIDTH = 240;
export const STICKY_WIDE_WIDTH = 416;
/** Inner padding of a sticky's text, and the room its author line takes. */
const STICKY_PADDING = 24;
const STICKY_AUTHOR_LINE = 20;

/**
 * `figma.createSticky()` (FigJam only): 240 × 240, or 416 wide with `isWideWidth`. Width and
 * height are read-only and a sticky has no `resize`: it grows taller with its text
 * (docs/figma-plugin-api.md, "Stickies").
 */
export class FakeSticky extends FakeScene implements Pick<StickyNode, 'type' | 'authorVisible' | 'authorName'> {
  readonly type = 'STICKY' as const;
  readonly text: FakeTextSublayer;
  #wide = false;
  #authorVisible = true;
  authorName = 'Ann Person';

  constructor(world: FakeWorld, id?: string) {
    super(world, 'Sticky', STICKY_WIDTH, STICKY_WIDTH, id);
    this.text = new FakeTextSublayer(this, INTER_MEDIUM, 16, () => this.relayout());
    this.setFillsQuietly([{ type: 'SOLID', color: { r: 1, g: 0.851, b: 0.4 } }]);
  }

  get isWideWidth(): boolean {
    return this.#wide;
  }

  set isWideWidth(value: boolean) {
    this.assertAlive('set_isWideWidth');
    this.world.step('isWideWidth');
    const before = this.#wide;
    this.#wide = Boolean(value);
    this.relayout();
    this.world.recordUndo(() => {
      this.#wide = before;
      this.relayout();
    });
  }

  get authorVisible(): boolean {
    return this.#authorVisible;
  }

  set authorVisible(value: boolean) {
    this.assertAlive('set_authorVisible');
    this.world.step('authorVisible');
    const before = this.#authorVisible;
    this.#authorVisible = Boolean(value);
    this.relayout();
    this.world.recordUndo(() => {
      this.#authorVisible = before;
      this.relayout();
    });
  }

  /** A sticky loaded from a file keeps the file's size, whatever its text. */
  override loadSize(width: number, height: number): void {
    this.#wide = width > (STICKY_WIDTH + STICKY_WIDE_WIDTH) / 2;
    super.loadSize(width, height);
  }

  private relayout(): void {
    const width = this.#wide ? STICKY_WIDE_WIDTH : STICKY_WIDTH;
    const laid = layoutText(this.text.characters, this.text.layoutSize, width - 2 * STICKY_PADDING);
    const author = this.#authorVisible ? STICKY_AUTHOR_LINE : 0;
    this.w = width;
    this.h = Math.max(STICKY_WIDTH, Math.ceil(laid.height + 2 * STICKY_PADDING + author));
  }
}

/** `figma.createShapeWithText()` (FigJam only): 208 × 208, resizable; its text does not resize it. */
export class FakeShapeWithText extends FakeScene implements Pick<ShapeWithTextNode, 'type' | 'shapeType' | 'resize' | 'rotation'> {
  readonly type = 'SHAPE_WITH_TEXT' as const;
  readonly text: FakeTextSublayer;
  shapeType: ShapeWithTextNode['shapeType'] = 'SQUARE';

  constructor(world: FakeWorld, id?: string) {
    super(world, 'Shape', 208, 208, id);
    this.text = new FakeTextSublayer(this, INTER_MEDIUM, 16, () => undefined);
    this.setFillsQuietly([{ type: 'SOLID', color: { r: 0.7, g: 0.85, b: 1 } }]);
  }

  get rotation(): number {
    return this.deg;
  }

  set rotation(value: number) {
    this.world.step('rotation');
    this.deg = value;
  }

  resize(width: number, height: number): void {
    this.assertAlive('resize');
    this.world.step('resize');
    this.checkSize('resize', width, height);
    this.setSize(width, height);
  }
}

/** A FigJam connector with its label (only loaded from files: the adapter draws none). */
export class FakeConnector extends FakeScene {
  readonly type = 'CONNECTOR' as const;
  readonly text: FakeTextSublayer;

  constructor(world: FakeWorld, id?: string) {
    super(world, 'Connector', 200, 0, id);
    this.text = new FakeTextSublayer(this, INTER_MEDIUM, 16, () => undefined);
  }
}
