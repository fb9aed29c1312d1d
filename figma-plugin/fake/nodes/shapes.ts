import type { EllipseNode, LineNode, NodeType, Paint, RectangleNode } from '@figma/plugin-typings/plugin-api-standalone';
import type { FakeWorld } from '../world.ts';
import { FakeScene } from './base-node.ts';

/** A node that can be resized freely: rectangles and ellipses. */
abstract class FakeResizable extends FakeScene {
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

/** `figma.createRectangle()`: 100 × 100, grey. */
export class FakeRectangle extends FakeResizable implements Pick<RectangleNode, 'type' | 'resize' | 'cornerRadius'> {
  readonly type = 'RECTANGLE' as const;
  cornerRadius = 0;

  constructor(world: FakeWorld, id?: string) {
    super(world, 'Rectangle', 100, 100, id);
    this.setFillsQuietly([{ type: 'SOLID', color: { r: 0.85, g: 0.85, b: 0.85 } }]);
  }
}

/** `figma.createEllipse()`: 100 × 100. */
export class FakeEllipse extends FakeResizable implements Pick<EllipseNode, 'type' | 'resize'> {
  readonly type = 'ELLIPSE' as const;

  constructor(world: FakeWorld, id?: string) {
    super(world, 'Ellipse', 100, 100, id);
    this.setFillsQuietly([{ type: 'SOLID', color: { r: 0.85, g: 0.85, b: 0.85 } }]);
  }
}

/**
 * `figma.createLine()`: a line is as long as its width and has no height; its direction is its
 * `rotation` in degrees, counter-clockwise, about its start (docs/figma-plugin-api.md, "Lines").
 */
export class FakeLine extends FakeScene implements Pick<LineNode, 'type' | 'rotation' | 'strokeWeight'> {
  readonly type = 'LINE' as const;
  strokeWeight = 1;
  #strokes: readonly Paint[] = [{ type: 'SOLID', color: { r: 0, g: 0, b: 0 } }];

  constructor(world: FakeWorld, id?: string) {
    super(world, 'Line', 100, 0, id);
  }

  get rotation(): number {
    return this.deg;
  }

  set rotation(value: number) {
    this.assertAlive('rotation');
    this.world.step('rotation');
    const before = this.deg;
    this.deg = value;
    this.world.recordUndo(() => (this.deg = before));
    this.changed('width', 'height');
  }

  get strokes(): readonly Paint[] {
    return this.#strokes;
  }

  set strokes(value: readonly Paint[]) {
    this.world.step('strokes');
    this.#strokes = value;
  }

  /** A line must be given a height of exactly 0 (docs/figma-plugin-api.md, "Lines"). */
  resize(width: number, height: number): void {
    this.assertAlive('resize');
    this.world.step('resize');
    if (!(width >= 0.01)) throw new Error(`in resize: width must be >= 0.01, got ${width}`);
    if (height !== 0) throw new Error(`in resize: a line's height must be 0, got ${height}`);
    this.setSize(width, 0);
  }
}

/** A node type the fake does not model in detail (vectors, stamps, widgets…): a box with a type. */
export class FakeOther extends FakeScene {
  readonly type: NodeType;

  constructor(world: FakeWorld, type: NodeType, width: number, height: number, id?: string) {
    super(world, type.toLowerCase(), width, height, id);
    this.type = type;
  }
}
