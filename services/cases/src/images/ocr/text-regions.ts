/**
 * [R31] A cheap look at every frame for regions that may be text, so OCR reads only what is
 * new. Overlays are drawn in one flat colour (white, a grey, a dim grey) with sharp edges;
 * speckle and tissue are textured, their bright sides spread over many levels. A tile is
 * text-like when it has enough strong edges and most of their bright (or dark) sides share
 * one level. Costs a few milliseconds a 640×480 frame; OCR costs hundreds.
 */

export const TILE = 16;
/** An edge is a step of at least this many grey levels to a neighbour (of 255). */
const EDGE = 40;
/** Bright-side edge pixels a tile needs: an 8–9 px glyph has 12–25, nearly all of them edge; a tile holds one or two. */
const MIN_EDGES = 20;
/** Levels either side of the dominant one that still count as the same colour (antialiasing, JPEG). */
const COLOUR_TOLERANCE = 3;
/** Share of the bright-side edge pixels in the dominant colour: flat-colour strokes ≥ 0.8; speckle 0.1–0.3. */
const FLAT_SHARE = 0.7;

export interface TextTile {
  /** Tile column and row. */
  tx: number;
  ty: number;
  /** The strokes' colour (0–255) and whether they are brighter than their background. */
  colour: number;
  bright: boolean;
  /** The tile's stroke pixels, one bit each (TILE² bits): what a later frame is compared with. */
  signature: Uint8Array;
  strokes: number;
}

export interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
  colour: number;
  bright: boolean;
}

/** The text-like tiles of one grey frame. */
export function textTiles(grey: Uint8Array, width: number, height: number): TextTile[] {
  const found: TextTile[] = [];
  const levels = new Uint32Array(256);
  const darkLevels = new Uint32Array(256);
  for (let ty = 0; ty * TILE < height; ty++) {
    for (let tx = 0; tx * TILE < width; tx++) {
      levels.fill(0);
      darkLevels.fill(0);
      let edges = 0;
      let darks = 0;
      const x0 = tx * TILE;
      const y0 = ty * TILE;
      const x1 = Math.min(width, x0 + TILE);
      const y1 = Math.min(height, y0 + TILE);
      for (let y = y0; y < y1; y++) {
        const row = y * width;
        for (let x = x0; x < x1; x++) {
          const v = grey[row + x]!;
          // Each pixel counts once: as the bright side of a strong step to a neighbour, as the dark side, or both.
          const l = x > 0 ? grey[row + x - 1]! : v;
          const r = x + 1 < width ? grey[row + x + 1]! : v;
          const u = y > 0 ? grey[row - width + x]! : v;
          const d = y + 1 < height ? grey[row + width + x]! : v;
          const lo = Math.min(l, r, u, d);
          const hi = Math.max(l, r, u, d);
          const brightSide = v - lo >= EDGE;
          const darkSide = hi - v >= EDGE;
          if (brightSide) {
            levels[v]!++;
            edges++;
          }
          if (darkSide) {
            darkLevels[v]!++;
            darks++;
          }
        }
      }
      if (edges < MIN_EDGES) continue;
      const bright = peak(levels);
      const dark = peak(darkLevels);
      // Light strokes: their own side is flat, whatever lies behind them (black, or tissue).
      // Dark strokes (a form's black type) only on a flat light ground: otherwise the black
      // around an ultrasound sector would pass for dark strokes on the speckle. On a flat
      // ground both sides are flat; the strokes are the side with fewer pixels.
      if (bright.count < FLAT_SHARE * edges) continue;
      const light = strokesOf(grey, width, x0, y0, x1, y1, bright.level);
      const ink = dark.count >= FLAT_SHARE * darks ? strokesOf(grey, width, x0, y0, x1, y1, dark.level) : undefined;
      const use = ink && ink.strokes < light.strokes ? { ...ink, colour: dark.level, bright: false } : { ...light, colour: bright.level, bright: true };
      const { signature, strokes, colour } = use;
      found.push({ tx, ty, colour, bright: use.bright, signature, strokes });
    }
  }
  return found;
}

/** The tile's pixels of one colour (± tolerance), one bit each. */
function strokesOf(grey: Uint8Array, width: number, x0: number, y0: number, x1: number, y1: number, level: number): { signature: Uint8Array; strokes: number } {
  const signature = new Uint8Array((TILE * TILE) / 8);
  let strokes = 0;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      if (Math.abs(grey[y * width + x]! - level) <= COLOUR_TOLERANCE) {
        const bit = (y - y0) * TILE + (x - x0);
        signature[bit >> 3]! |= 1 << (bit & 7);
        strokes++;
      }
    }
  }
  return { signature, strokes };
}

/** The level (±tolerance) holding most of the counts. */
function peak(levels: Uint32Array): { level: number; count: number } {
  let best = { level: 0, count: 0 };
  let window = 0;
  const w = COLOUR_TOLERANCE;
  for (let v = 0; v <= 2 * w && v < 256; v++) window += levels[v]!;
  for (let centre = w; centre < 256 - w; centre++) {
    if (centre > w) window += levels[centre + w]! - levels[centre - w - 1]!;
    if (window > best.count) best = { level: centre, count: window };
  }
  return best;
}

function differingBits(a: Uint8Array, b: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < a.length; i++) {
    let x = a[i]! ^ b[i]!;
    while (x) {
      x &= x - 1;
      n++;
    }
  }
  return n;
}

/** Signatures kept per tile: a frame counter cycles through a few; more are simply read again. */
const KEPT_PER_TILE = 8;

/**
 * What OCR has already read, tile by tile: a text-like tile whose strokes match one read
 * before (a static overlay on every frame of a cine) is not read again.
 */
export class ReadTiles {
  private readonly seen = new Map<number, Uint8Array[]>();

  constructor(private readonly columns: number) {}

  /** The tiles of this frame not read before. */
  unread(tiles: TextTile[]): TextTile[] {
    return tiles.filter((t) => {
      const known = this.seen.get(t.ty * this.columns + t.tx) ?? [];
      // Strokes that moved or changed by more than a tenth (or 8 pixels) are new text.
      return !known.some((s) => differingBits(s, t.signature) <= Math.max(8, t.strokes / 10));
    });
  }

  markRead(tiles: TextTile[]): void {
    for (const t of tiles) {
      const key = t.ty * this.columns + t.tx;
      const list = this.seen.get(key) ?? [];
      list.push(t.signature);
      if (list.length > KEPT_PER_TILE) list.shift();
      this.seen.set(key, list);
    }
  }
}

/**
 * Groups tiles into regions (tiles touching, or up to three tiles apart along a line of text:
 * glyphs over speckle are not all seen), each padded by half a tile above and below and two
 * tiles at either end, so a line cut at a tile's edge, or partly unseen, is read whole.
 */
export function regionsOf(tiles: TextTile[], width: number, height: number): Region[] {
  const left = new Set(tiles.map((_, i) => i));
  const regions: Region[] = [];
  while (left.size > 0) {
    const first = left.values().next().value as number;
    left.delete(first);
    const group = [first];
    for (let k = 0; k < group.length; k++) {
      const a = tiles[group[k]!]!;
      for (const j of [...left]) {
        const b = tiles[j]!;
        if (Math.abs(a.ty - b.ty) <= 1 && Math.abs(a.tx - b.tx) <= 4) {
          left.delete(j);
          group.push(j);
        }
      }
    }
    const members = group.map((i) => tiles[i]!);
    const padY = TILE / 2;
    const padX = 2 * TILE;
    const x = Math.max(0, Math.min(...members.map((t) => t.tx)) * TILE - padX);
    const y = Math.max(0, Math.min(...members.map((t) => t.ty)) * TILE - padY);
    const x1 = Math.min(width, (Math.max(...members.map((t) => t.tx)) + 1) * TILE + padX);
    const y1 = Math.min(height, (Math.max(...members.map((t) => t.ty)) + 1) * TILE + padY);
    const strongest = members.reduce((a, b) => (b.strokes > a.strokes ? b : a));
    regions.push({ x, y, width: x1 - x, height: y1 - y, colour: strongest.colour, bright: strongest.bright });
  }
  return regions;
}

/** A region of a grey frame, enlarged `scale` times by bilinear interpolation. */
export function cropScaled(grey: Uint8Array, width: number, r: Region, scale: number): { pixels: Uint8Array; width: number; height: number } {
  const w = r.width * scale;
  const h = r.height * scale;
  const out = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) {
    const sy = Math.min(r.height - 1, Math.max(0, (y + 0.5) / scale - 0.5));
    const y0 = Math.floor(sy);
    const y1 = Math.min(r.height - 1, y0 + 1);
    const fy = sy - y0;
    for (let x = 0; x < w; x++) {
      const sx = Math.min(r.width - 1, Math.max(0, (x + 0.5) / scale - 0.5));
      const x0 = Math.floor(sx);
      const x1 = Math.min(r.width - 1, x0 + 1);
      const fx = sx - x0;
      const at = (xx: number, yy: number) => grey[(r.y + yy) * width + r.x + xx]!;
      const top = at(x0, y0) * (1 - fx) + at(x1, y0) * fx;
      const bottom = at(x0, y1) * (1 - fx) + at(x1, y1) * fx;
      out[y * w + x] = Math.round(top * (1 - fy) + bottom * fy);
    }
  }
  return { pixels: out, width: w, height: h };
}
