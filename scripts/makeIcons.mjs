#!/usr/bin/env node
/**
 * Draws the add-in's icons into assets/ (`node scripts/makeIcons.mjs`): a white "renew" arrow
 * (an open circle ending in an arrowhead) on a rounded teal square, at every size the manifest
 * references (16, 32, 80 for the ribbon; 32 and 64 for IconUrl / HighResolutionIconUrl).
 *
 * Pure Node: shapes are tested per sub-pixel (4 × 4 samples, so edges are anti-aliased at 16 px
 * too), rows are written as PNG scanlines with filter 0, deflated with zlib, chunked with a CRC.
 * The output is deterministic, so re-running it leaves the committed PNGs unchanged.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 64, 80];
const SAMPLES = 4;
const BACKGROUND = [0x0e, 0x7a, 0x6e]; // teal, readable on light and dark ribbons
const GLYPH = [0xff, 0xff, 0xff];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** Encodes RGBA pixels (row-major, 4 bytes each) as a PNG file. */
function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  const raw = Buffer.alloc(height * (width * 4 + 1));
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Inside the rounded square that fills the icon (coordinates in 0..1). */
function inBackground(x, y) {
  const r = 0.2;
  const dx = Math.max(Math.abs(x - 0.5) - (0.5 - r), 0);
  const dy = Math.max(Math.abs(y - 0.5) - (0.5 - r), 0);
  return dx * dx + dy * dy <= r * r;
}

// The arrow: a ring around the centre, open over the top right (from -95° to -15°, y pointing
// down), with an arrowhead where the ring resumes, pointing clockwise into the gap.
const CENTRE = 0.5;
const RADIUS = 0.25;
const THICKNESS = 0.09;
const GAP_FROM = (-95 * Math.PI) / 180;
const GAP_TO = (-15 * Math.PI) / 180;

function inRing(x, y) {
  const dx = x - CENTRE;
  const dy = y - CENTRE;
  const d = Math.hypot(dx, dy);
  if (Math.abs(d - RADIUS) > THICKNESS / 2) return false;
  const a = Math.atan2(dy, dx);
  return !(a > GAP_FROM && a < GAP_TO);
}

function inTriangle(px, py, [ax, ay], [bx, by], [cx, cy]) {
  const s1 = (bx - ax) * (py - ay) - (by - ay) * (px - ax);
  const s2 = (cx - bx) * (py - by) - (cy - by) * (px - bx);
  const s3 = (ax - cx) * (py - cy) - (ay - cy) * (px - cx);
  return (s1 >= 0 && s2 >= 0 && s3 >= 0) || (s1 <= 0 && s2 <= 0 && s3 <= 0);
}

// The arrowhead sits where the ring starts again after the gap (angle GAP_FROM) and points
// along the clockwise tangent there, towards the gap.
const HEAD = (() => {
  const a = GAP_FROM;
  const ex = CENTRE + RADIUS * Math.cos(a);
  const ey = CENTRE + RADIUS * Math.sin(a);
  const tx = -Math.sin(a); // clockwise tangent (y down)
  const ty = Math.cos(a);
  const nx = Math.cos(a); // outward normal
  const ny = Math.sin(a);
  const half = 0.13;
  const length = 0.16;
  return [
    [ex + nx * half, ey + ny * half],
    [ex - nx * half, ey - ny * half],
    [ex + tx * length, ey + ty * length],
  ];
})();

function inGlyph(x, y) {
  return inRing(x, y) || inTriangle(x, y, ...HEAD);
}

/** Renders the icon at `size` × `size` pixels as RGBA. */
function renderIcon(size) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let background = 0;
      let glyph = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SAMPLES) / size;
          const y = (py + (sy + 0.5) / SAMPLES) / size;
          if (!inBackground(x, y)) continue;
          background++;
          if (inGlyph(x, y)) glyph++;
        }
      }
      const n = SAMPLES * SAMPLES;
      const g = background === 0 ? 0 : glyph / background;
      const i = (py * size + px) * 4;
      for (let c = 0; c < 3; c++) rgba[i + c] = Math.round(BACKGROUND[c] * (1 - g) + GLYPH[c] * g);
      rgba[i + 3] = Math.round((background / n) * 255);
    }
  }
  return rgba;
}

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'assets');
mkdirSync(out, { recursive: true });
for (const size of SIZES) {
  const file = join(out, `icon-${size}.png`);
  writeFileSync(file, encodePng(size, size, renderIcon(size)));
  console.log(`wrote ${file}`);
}
