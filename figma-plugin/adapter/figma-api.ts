import type { PluginAPI } from '@figma/plugin-typings/plugin-api-standalone';

/**
 * The part of the plugin API (`figma`, typed by @figma/plugin-typings) the adapter uses. The real
 * `figma` global fits it, and so does any fake written from the typings: the adapter relies on
 * nothing else, and only on documented behaviour (docs/figma-plugin-api.md).
 */
export type FigmaApi = Pick<
  PluginAPI,
  | 'editorType'
  | 'currentPage'
  | 'viewport'
  | 'getNodeByIdAsync'
  | 'loadFontAsync'
  | 'listAvailableFontsAsync'
  | 'createSection'
  | 'createFrame'
  | 'createText'
  | 'createRectangle'
  | 'createEllipse'
  | 'createLine'
  | 'createSticky'
  | 'createShapeWithText'
>;

/** The two editors cjm-kit draws maps in. */
export type DrawingEditor = 'figjam' | 'figma';

/**
 * The editor to draw for, or undefined when maps cannot be drawn here (Dev Mode, Slides, Buzz):
 * FigJam gets sections and stickies, Figma design files frames and cards.
 */
export function drawingEditorOf(figma: Pick<PluginAPI, 'editorType'>): DrawingEditor | undefined {
  return figma.editorType === 'figjam' || figma.editorType === 'figma' ? figma.editorType : undefined;
}
