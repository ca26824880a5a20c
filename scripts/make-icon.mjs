#!/usr/bin/env node
/**
 * Draws the app icon, resources/icon.png: a 512×512 RGBA PNG of a broadcast mark (a mast with
 * two pairs of radio arcs) in white on a blue rounded square, with a green check badge (the
 * "preflight passed" sign). Pure Node: pixels are computed here, anti-aliased by 4×4
 * supersampling, and written as PNG chunks with zlib. Run: `node scripts/make-icon.mjs`.
 */
import { writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { deflateSync } from 'node:zlib'

const SIZE = 512
const SS = 4 // supersampling per axis

/** CRC-32 (PNG chunk checksum). */
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
function crc32(buf) {
  let c = 0xffffffff
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}
function chunk(type, data) {
  const len = Buffer.alloc(4)
  len.writeUInt32BE(data.length)
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(td))
  return Buffer.concat([len, td, crc])
}

const BLUE = [22, 93, 255]
const WHITE = [255, 255, 255]
const GREEN = [22, 179, 100]

/** The colour at a point (x, y in 0..512), or null for transparent. Later shapes paint over. */
function shade(x, y) {
  let c = null
  // Rounded square background (radius 96, 16 px margin).
  const m = 16
  const r = 96
  const qx = Math.max(m + r - x, 0, x - (SIZE - m - r))
  const qy = Math.max(m + r - y, 0, y - (SIZE - m - r))
  if (x >= m && x <= SIZE - m && y >= m && y <= SIZE - m && qx * qx + qy * qy <= r * r) c = BLUE
  if (!c) return null
  const cx = 256
  const cy = 230
  const d = Math.hypot(x - cx, y - cy)
  // The mast: a dot with a tapering stand down to a base bar.
  if (d <= 26) c = WHITE
  if (y > cy && y <= 420) {
    const half = 10 + ((y - cy) / (420 - cy)) * 46
    if (Math.abs(x - cx) <= half && Math.abs(x - cx) >= half - 22) c = WHITE
  }
  if (y >= 410 && y <= 432 && Math.abs(x - cx) <= 80) c = WHITE
  // Two pairs of radio arcs, left and right, ±50° around the horizontal.
  const ang = Math.abs(Math.atan2(y - cy, x - cx))
  const side = Math.min(ang, Math.PI - ang)
  if (side <= (50 * Math.PI) / 180) {
    for (const radius of [70, 120]) if (Math.abs(d - radius) <= 13) c = WHITE
  }
  // The check badge, lower right.
  const bx = 392
  const by = 392
  const bd = Math.hypot(x - bx, y - by)
  if (bd <= 74) c = WHITE
  if (bd <= 62) c = GREEN
  const onSeg = (ax, ay, ex, ey, w) => {
    const vx = ex - ax
    const vy = ey - ay
    const t = Math.max(0, Math.min(1, ((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy)))
    return Math.hypot(x - (ax + t * vx), y - (ay + t * vy)) <= w
  }
  if (onSeg(360, 392, 384, 416, 10) || onSeg(384, 416, 428, 368, 10)) c = WHITE
  return c
}

const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1))
for (let y = 0; y < SIZE; y++) {
  raw[y * (SIZE * 4 + 1)] = 0 // filter: none
  for (let x = 0; x < SIZE; x++) {
    let r = 0
    let g = 0
    let b = 0
    let a = 0
    for (let sy = 0; sy < SS; sy++) {
      for (let sx = 0; sx < SS; sx++) {
        const col = shade(x + (sx + 0.5) / SS, y + (sy + 0.5) / SS)
        if (!col) continue
        r += col[0]
        g += col[1]
        b += col[2]
        a++
      }
    }
    const o = y * (SIZE * 4 + 1) + 1 + x * 4
    // Colour averaged over covered samples (straight alpha), coverage as alpha.
    raw[o] = a ? Math.round(r / a) : 0
    raw[o + 1] = a ? Math.round(g / a) : 0
    raw[o + 2] = a ? Math.round(b / a) : 0
    raw[o + 3] = Math.round((a / (SS * SS)) * 255)
  }
}

const ihdr = Buffer.alloc(13)
ihdr.writeUInt32BE(SIZE, 0)
ihdr.writeUInt32BE(SIZE, 4)
ihdr[8] = 8 // bit depth
ihdr[9] = 6 // colour type RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0))
])
const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'resources', 'icon.png')
writeFileSync(out, png)
console.log(`wrote ${out} (${png.length} bytes)`)
