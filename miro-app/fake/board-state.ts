import type { Json } from '@mirohq/websdk-types';

/**
 * What the fake board holds: one record per item, kept the way the Web SDK reports it — `x`, `y`
 * are the centre, relative to the parent frame's top-left corner for a child and to the board
 * centre otherwise (docs/miro-web-sdk.md, "Coordinates").
 */
export interface ItemRecord {
  readonly id: string;
  readonly type: string;
  x: number;
  y: number;
  width: number;
  height: number;
  parentId: string | null;
  content?: string;
  title?: string;
  description?: string;
  shape?: string;
  /** Shapes, texts, cards, images: degrees, clockwise (the SDK's `rotation`; stickies and frames have none). */
  rotation?: number;
  style: Record<string, unknown>;
  /** Connectors: the items or points they join. */
  start?: { item?: string; position?: { x: number; y: number } };
  end?: { item?: string; position?: { x: number; y: number } };
  tagIds?: string[];
  /** ISO time the item was made. */
  createdAt?: string;
  /** The app's item metadata (docs/miro-web-sdk.md, "Item metadata, app data, storage"). */
  metadata: Record<string, Json>;
  /** Who made the item: the app through the SDK, or a person (the fake's `person` actions, loads). */
  readonly madeBy: 'app' | 'person';
}

/** An absolute rectangle, top-left corner. */
export interface AbsoluteRect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The records by id, with geometry helpers that follow parent links. */
export class BoardState {
  readonly items = new Map<string, ItemRecord>();
  readonly storage = new Map<string, Map<string, string>>();
  appData: Record<string, Json> = {};
  selection: string[] = [];
  viewport: AbsoluteRect = { x: -960, y: -540, width: 1920, height: 1080 };
  zoom = 1;

  /** The absolute rectangle of an item (connectors: a zero box at the origin). */
  absoluteRect(record: ItemRecord): AbsoluteRect {
    let x = record.x;
    let y = record.y;
    const seen = new Set<string>([record.id]);
    let parent = record.parentId === null ? undefined : this.items.get(record.parentId);
    while (parent && !seen.has(parent.id)) {
      seen.add(parent.id);
      // A child's centre is measured from its parent's top-left corner.
      x += parent.x - parent.width / 2;
      y += parent.y - parent.height / 2;
      parent = parent.parentId === null ? undefined : this.items.get(parent.parentId);
    }
    return { x: x - record.width / 2, y: y - record.height / 2, width: record.width, height: record.height };
  }

  /** Ids of the items whose parent is `id`. */
  childrenOf(id: string): string[] {
    const out: string[] = [];
    for (const record of this.items.values()) if (record.parentId === id) out.push(record.id);
    return out;
  }

  /** `id` and everything inside it, deepest first. */
  subtree(id: string): string[] {
    const out: string[] = [];
    const visit = (at: string, depth: number): void => {
      if (depth > 64) return;
      for (const child of this.childrenOf(at)) visit(child, depth + 1);
      out.push(at);
    };
    visit(id, 0);
    return out;
  }

  /** The innermost frame whose bounds hold the point, as a person dropping an item there would get. */
  frameAt(x: number, y: number, except?: string): ItemRecord | undefined {
    let best: ItemRecord | undefined;
    let bestArea = Infinity;
    for (const record of this.items.values()) {
      if (record.type !== 'frame' || record.id === except) continue;
      const r = this.absoluteRect(record);
      if (x >= r.x && x <= r.x + r.width && y >= r.y && y <= r.y + r.height && r.width * r.height < bestArea) {
        best = record;
        bestArea = r.width * r.height;
      }
    }
    return best;
  }

  /** Makes `record` a child of `frame` (or top-level) without moving it on the board. */
  reparent(record: ItemRecord, frame: ItemRecord | undefined): void {
    const rect = this.absoluteRect(record);
    const cx = rect.x + rect.width / 2;
    const cy = rect.y + rect.height / 2;
    if (frame) {
      const f = this.absoluteRect(frame);
      record.x = cx - f.x;
      record.y = cy - f.y;
      record.parentId = frame.id;
    } else {
      record.x = cx;
      record.y = cy;
      record.parentId = null;
    }
  }

  /** A deterministic, JSON-ready picture of everything on the board, for "nothing changed" checks. */
  dump(): unknown {
    const items = [...this.items.values()]
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((record) => ({ ...record, style: { ...record.style }, metadata: { ...record.metadata } }));
    const storage = [...this.storage.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([name, entries]) => [name, [...entries.entries()].sort(([a], [b]) => (a < b ? -1 : 1))]);
    return JSON.parse(JSON.stringify({ items, storage, appData: this.appData })) as unknown;
  }
}
