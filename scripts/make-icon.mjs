#!/usr/bin/env node
// Draws the app icon (the sidebar's logo: a rising line on the accent-blue rounded square) into
// resources/icon.svg and resources/icon.png (512 × 512, what electron-builder turns into the macOS
// .icns and the Windows .ico). Plain Node, no image library: the PNG is written with node:zlib.
// Run `node scripts/make-icon.mjs` after changing the drawing below; commit both files.
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { deflateSync } from 'node:zlib';

export const SIZE = 512;
// In a 32-unit box like the sidebar logo; the square leaves a margin as the platforms' icon grids expect.
const SQUARE = { x: 2, y: 2, size: 28, radius: 6.5 };
const LINE = [
  [7, 21],
  [12, 15],
  [16, 18],
  [21, 11],
  [25, 15],
];
const LINE_WIDTH = 2.6;
const ACCENT = [0x25, 0x63, 0xeb];
const WHITE = [0xff, 0xff, 0xff];

export function iconSvg() {
  const path = `M${LINE.map(([x, y]) => `${x} ${y}`).join(' L')}`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 32 32">
  <rect x="${SQUARE.x}" y="${SQUARE.y}" width="${SQUARE.size}" height="${SQUARE.size}" rx="${SQUARE.radius}" fill="#2563eb"/>
  <path d="${path}" fill="none" stroke="#ffffff" stroke-width="${LINE_WIDTH}" stroke-linecap="round" stroke-linejoin="round"/>
</svg>
`;
}

/** Signed distance from a point to the rounded square (negative inside). */
function squareDistance(px, py) {
  const half = SQUARE.size / 2;
  const cx = SQUARE.x + half;
  const cy = SQUARE.y + half;
  const qx = Math.abs(px - cx) - (half - SQUARE.radius);
  const qy = Math.abs(py - cy) - (half - SQUARE.radius);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - SQUARE.radius;
}

/** Distance from a point to the polyline (round caps and joins come for free). */
function lineDistance(px, py) {
  let best = Infinity;
  for (let i = 1; i < LINE.length; i++) {
    const [ax, ay] = LINE[i - 1];
    const [bx, by] = LINE[i];
    const dx = bx - ax;
    const dy = by - ay;
    const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
    best = Math.min(best, Math.hypot(px - ax - t * dx, py - ay - t * dy));
  }
  return best;
}

/** RGBA rows, each prefixed with PNG filter byte 0, anti-aliased over one pixel. */
export function iconScanlines() {
  const unit = 32 / SIZE; // one pixel in icon units
  const coverage = (d) => Math.max(0, Math.min(1, 0.5 - d / unit));
  const out = Buffer.alloc(SIZE * (SIZE * 4 + 1));
  let o = 0;
  for (let y = 0; y < SIZE; y++) {
    out[o++] = 0;
    for (let x = 0; x < SIZE; x++) {
      const px = (x + 0.5) * unit;
      const py = (y + 0.5) * unit;
      const square = coverage(squareDistance(px, py));
      const line = coverage(lineDistance(px, py) - LINE_WIDTH / 2) * square;
      for (let c = 0; c < 3; c++) out[o++] = Math.round(ACCENT[c] * (1 - line) + WHITE[c] * line);
      out[o++] = Math.round(square * 255);
    }
  }
  return out;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

export function iconPng() {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(SIZE, 0);
  ihdr.writeUInt32BE(SIZE, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(iconScanlines(), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'resources');
  writeFileSync(join(dir, 'icon.svg'), iconSvg());
  writeFileSync(join(dir, 'icon.png'), iconPng());
  console.log(`Wrote ${join(dir, 'icon.svg')} and icon.png (${SIZE} × ${SIZE}).`);
}
