// A deterministic, street-scene-ish picture for generated captures: sky, a row of shop fronts with signboards
// and windows, a tiled pavement with crates of goods displayed outside one shop (店外经营), a kerb and a road with
// lane markings, plus light sensor noise. Everything derives from the seed and the size, so the same spec gives
// the same pixels on every run and machine (integer hashing, no Math.random, no floating-point accumulation).

type RGB = readonly [number, number, number];

interface Building {
  x0: number;
  x1: number;
  top: number;
  facade: RGB;
  trim: RGB;
  sign: RGB;
  ink: RGB;
  awningA: RGB;
  awningB: RGB;
  cellW: number;
  cellH: number;
  id: number;
}

interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** null = shadow (darkens what is under it). */
  color: RGB | null;
  id: number;
}

const FACADES: RGB[] = [
  [214, 206, 190],
  [190, 178, 160],
  [226, 222, 214],
  [170, 160, 150],
  [205, 190, 170],
  [180, 190, 196],
  [200, 196, 204],
];
const SIGNS: RGB[] = [
  [178, 34, 34],
  [30, 80, 150],
  [20, 110, 70],
  [200, 140, 20],
  [120, 30, 90],
  [40, 40, 44],
];
const AWNINGS: RGB[] = [
  [200, 50, 40],
  [40, 110, 180],
  [60, 140, 80],
  [230, 180, 40],
];
const GOODS: RGB[] = [
  [190, 40, 30],
  [230, 130, 30],
  [220, 200, 50],
  [80, 150, 60],
  [40, 90, 170],
  [150, 100, 60],
];

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hash3(x: number, y: number, s: number): number {
  let h = Math.imul(x, 0x27d4eb2d) ^ Math.imul(y, 0x165667b1) ^ Math.imul(s, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const pick = <T>(list: readonly T[], r: number): T => list[Math.floor(r * list.length) % list.length] as T;
const clamp = (v: number): number => (v < 0 ? 0 : v > 255 ? 255 : v);

/** RGBA pixels of the stored image: the scene is drawn upright in display space, then stored per `orientation`. */
export function renderStored(width: number, height: number, seed: number, orientation: number): Uint8Array {
  const transposed = orientation >= 5 && orientation <= 8;
  const dw = transposed ? height : width;
  const dh = transposed ? width : height;
  const display = renderDisplay(dw, dh, seed);
  if (orientation <= 1 || orientation > 8) return display;

  const src = new Uint32Array(display.buffer);
  const out = new Uint8Array(width * height * 4);
  const dst = new Uint32Array(out.buffer);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let dx: number;
      let dy: number;
      switch (orientation) {
        case 2: dx = width - 1 - x; dy = y; break;
        case 3: dx = width - 1 - x; dy = height - 1 - y; break;
        case 4: dx = x; dy = height - 1 - y; break;
        case 5: dx = y; dy = x; break;
        case 6: dx = height - 1 - y; dy = x; break;
        case 7: dx = height - 1 - y; dy = width - 1 - x; break;
        default: dx = y; dy = width - 1 - x; break; // 8
      }
      dst[y * width + x] = src[dy * dw + dx] ?? 0;
    }
  }
  return out;
}

function renderDisplay(dw: number, dh: number, seed: number): Uint8Array {
  // Seeds that share seed >>> 8 share the street (buildings, signs, shop interiors, tiles); the whole seed decides
  // the goods on the pavement and the noise, like two frames of one fixed camera.
  const layoutSeed = seed >>> 8;
  const rng = mulberry32(layoutSeed ^ 0x5eed);
  const goodsRng = mulberry32(seed ^ 0x600d5);
  const u = Math.max(1, dh / 100); // one "scene unit": 1 % of the height

  const signTop = Math.round(dh * 0.445);
  const shopTop = Math.round(dh * 0.5);
  const pavTop = Math.round(dh * 0.66);
  const kerbTop = Math.round(dh * 0.8);
  const roadTop = Math.round(dh * 0.815);
  const awningH = Math.max(1, Math.round(3 * u));

  // Buildings across the frame.
  const buildings: Building[] = [];
  for (let x = 0, id = 0; x < dw; id++) {
    const w = Math.max(8, Math.round(dw * (0.16 + rng() * 0.16)));
    const x1 = Math.min(dw, x + w);
    const t = pick(FACADES, rng());
    buildings.push({
      x0: x,
      x1,
      top: Math.round(dh * (0.03 + rng() * 0.22)),
      facade: pick(FACADES, rng()),
      trim: [t[0] - 30, t[1] - 30, t[2] - 30],
      sign: pick(SIGNS, rng()),
      ink: rng() < 0.5 ? [250, 236, 180] : [248, 248, 248],
      awningA: pick(AWNINGS, rng()),
      awningB: [236, 236, 230],
      cellW: Math.max(4, Math.round((7 + rng() * 5) * u)),
      cellH: Math.max(4, Math.round((7 + rng() * 3) * u)),
      id,
    });
    x = x1;
  }
  const colBuilding = new Uint16Array(dw);
  buildings.forEach((b, i) => colBuilding.fill(i, b.x0, b.x1));

  // Goods displayed on the pavement in front of the shop at the middle of the frame, with their shadows.
  const shop = buildings[colBuilding[Math.floor(dw / 2)] ?? 0] as Building;
  const rects: Rect[] = [];
  const crateW = Math.max(3, Math.round(7.5 * u));
  const crateH = Math.max(2, Math.round(5 * u));
  let cx = shop.x0 + Math.round(2 * u);
  for (let id = 0; cx + crateW < Math.min(dw, shop.x1 + crateW); id++) {
    const baseY = pavTop + Math.round((5 + goodsRng() * 8) * u);
    const stack = 1 + Math.floor(goodsRng() * 3);
    rects.push({ x0: cx + Math.round(u), y0: baseY - Math.round(u), x1: cx + crateW + Math.round(2 * u), y1: baseY + Math.round(1.5 * u), color: null, id: -1 });
    for (let k = 0; k < stack; k++) {
      rects.push({ x0: cx, y0: baseY - (k + 1) * crateH, x1: cx + crateW, y1: baseY - k * crateH, color: pick(GOODS, goodsRng()), id: id * 4 + k });
    }
    cx += crateW + Math.round(goodsRng() * 2 * u);
  }
  const goodsTop = rects.reduce((m, r) => Math.min(m, r.y0), dh);
  const goodsBottom = rects.reduce((m, r) => Math.max(m, r.y1), 0);

  const tileW = Math.max(3, Math.round(6 * u));
  const tileH = Math.max(3, Math.round(4 * u));
  const joint = Math.max(1, Math.round(0.35 * u));
  const dashLen = Math.max(4, Math.round(22 * u));
  const dashGap = Math.max(4, Math.round(14 * u));
  const laneTop = Math.round(dh * 0.9);
  const laneBottom = laneTop + Math.max(1, Math.round(1.2 * u));
  const shelfH = Math.max(3, Math.round(4 * u));
  const itemW = Math.max(2, Math.round(2.2 * u));
  const stripeW = Math.max(2, Math.round(3 * u));
  const glyph = Math.max(5, Math.round((shopTop - signTop) * 0.62));
  const glyphPitch = Math.round(glyph * 1.3);
  const glyphTop = signTop + Math.round((shopTop - signTop - glyph) / 2);
  const noiseSeed = seed ^ 0x7a11;

  const out = new Uint8Array(dw * dh * 4);
  let o = 0;
  for (let y = 0; y < dh; y++) {
    const inGoods = y >= goodsTop && y < goodsBottom;
    for (let x = 0; x < dw; x++, o += 4) {
      const b = buildings[colBuilding[x] ?? 0] as Building;
      const lx = x - b.x0;
      let r: number;
      let g: number;
      let bl: number;
      if (y < b.top) {
        // Sky: blue overhead, hazy towards the roofs.
        const t = y / dh;
        r = 118 + 160 * t;
        g = 158 + 110 * t;
        bl = 212 + 40 * t;
      } else if (y < signTop) {
        [r, g, bl] = b.facade;
        const wx = lx % b.cellW;
        const wy = (y - b.top) % b.cellH;
        if (y - b.top < u * 1.2 || lx < u * 0.6) {
          [r, g, bl] = b.trim;
        } else if (wx > b.cellW * 0.22 && wx < b.cellW * 0.78 && wy > b.cellH * 0.3 && wy < b.cellH * 0.82 && y < signTop - u * 2) {
          const h = hash3(Math.floor(lx / b.cellW), Math.floor((y - b.top) / b.cellH), b.id * 7919 + layoutSeed);
          const lum = 60 + (h & 63) + (wy < b.cellH * 0.45 ? 30 : 0);
          r = lum * 0.8;
          g = lum * 0.9;
          bl = lum * 1.1;
        }
      } else if (y < shopTop) {
        // Signboard with glyph-like strokes.
        [r, g, bl] = b.sign;
        const gx = lx - Math.round(glyph * 0.5);
        const k = Math.floor(gx / glyphPitch);
        const px = gx - k * glyphPitch;
        const py = y - glyphTop;
        if (gx >= 0 && px < glyph && py >= 0 && py < glyph && b.x0 + gx + glyph < b.x1) {
          const h = hash3(k, b.id, layoutSeed);
          const cxg = Math.floor((px * 5) / glyph);
          const cyg = Math.floor((py * 5) / glyph);
          const horiz = (h >>> cyg) & 1 && (cyg !== 4 || ((h >>> 12) & 1) === 1);
          const vert = (h >>> (6 + cxg)) & 1;
          if ((horiz && (h >>> 20) % 5 <= cxg + 1) || vert) [r, g, bl] = b.ink;
        }
      } else if (y < pavTop) {
        // Shop front: striped awning, pillars, shelves of goods inside.
        if (y < shopTop + awningH) {
          [r, g, bl] = Math.floor(x / stripeW) % 2 === 0 ? b.awningA : b.awningB;
        } else if (lx < 2 * u || b.x1 - x <= 2 * u) {
          [r, g, bl] = b.trim;
        } else {
          const sy = (y - shopTop - awningH) % shelfH;
          if (sy < Math.max(1, u * 0.5)) {
            r = 150;
            g = 140;
            bl = 122;
          } else {
            const h = hash3(Math.floor(x / itemW), Math.floor((y - shopTop) / shelfH), b.id + layoutSeed);
            if ((h & 3) === 0) {
              r = 46;
              g = 42;
              bl = 40;
            } else {
              [r, g, bl] = pick(GOODS, (h >>> 8) / 16777216);
              r *= 0.75;
              g *= 0.75;
              bl *= 0.75;
            }
          }
        }
      } else if (y < kerbTop) {
        const tx = Math.floor(x / tileW);
        const ty = Math.floor((y - pavTop) / tileH);
        if (x - tx * tileW < joint || y - pavTop - ty * tileH < joint) {
          r = 128;
          g = 124;
          bl = 118;
        } else {
          const tint = (hash3(tx, ty, layoutSeed) & 15) - 8;
          r = 176 + tint;
          g = 170 + tint;
          bl = 160 + tint;
        }
      } else if (y < roadTop) {
        const edge = roadTop - y <= Math.max(1, u * 0.4);
        r = edge ? 120 : 206;
        g = edge ? 118 : 204;
        bl = edge ? 114 : 196;
      } else {
        const t = (y - roadTop) / dh;
        r = 72 + 30 * t;
        g = 74 + 30 * t;
        bl = 78 + 30 * t;
        if (y >= laneTop && y < laneBottom && x % (dashLen + dashGap) < dashLen) {
          r = 226;
          g = 226;
          bl = 218;
        }
      }

      if (inGoods) {
        for (const rc of rects) {
          if (x < rc.x0 || x >= rc.x1 || y < rc.y0 || y >= rc.y1) continue;
          if (rc.color === null) {
            r *= 0.62;
            g *= 0.62;
            bl *= 0.64;
            continue;
          }
          const border = x - rc.x0 < u * 0.6 || rc.x1 - x <= u * 0.6 || y - rc.y0 < u * 0.6 || rc.y1 - y <= u * 0.6;
          const slat = (y - rc.y0) % Math.max(2, Math.round(1.6 * u)) < Math.max(1, u * 0.3);
          const fruit = (hash3(Math.floor(x / Math.max(1, u)), Math.floor(y / Math.max(1, u)), rc.id) & 7) * 6;
          const [cr, cg, cb] = rc.color;
          const k = border ? 0.55 : slat ? 0.8 : 1;
          r = (cr - 20 + fruit) * k;
          g = (cg - 20 + fruit) * k;
          bl = (cb - 20 + fruit) * k;
        }
      }

      const n = (hash3(x, y, noiseSeed) % 9) - 4;
      out[o] = clamp(Math.round(r) + n);
      out[o + 1] = clamp(Math.round(g) + n);
      out[o + 2] = clamp(Math.round(bl) + n);
      out[o + 3] = 255;
    }
  }
  return out;
}
