// `node scripts/make-icons.mjs`: draws the app icon (a white clock on blue) as the PNGs in public/
// that the web app manifest lists. Run again only to change the icon.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const c = Buffer.alloc(4);
  c.writeUInt32BE(crc(td));
  return Buffer.concat([len, td, c]);
};
function icon(size, maskable) {
  const s = size / 512;
  const raw = Buffer.alloc((size * 4 + 1) * size);
  const segDist = (px, py, ax, ay, bx, by) => {
    const dx = bx - ax,
      dy = by - ay;
    const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
    return Math.hypot(px - ax - t * dx, py - ay - t * dy);
  };
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const X = (x + 0.5) / s,
        Y = (y + 0.5) / s;
      const r = maskable ? 0 : 96;
      const cx = Math.min(Math.max(X, r), 512 - r),
        cy = Math.min(Math.max(Y, r), 512 - r);
      const inside = Math.hypot(X - cx, Y - cy) <= r;
      const k = maskable ? 0.8 : 1; // maskable: keep the clock inside the safe zone
      const d = Math.hypot(X - 256, Y - 256);
      const ring = Math.abs(d - 150 * k) <= 18 * k;
      const hands =
        Math.min(
          segDist(X, Y, 256, 256 - 90 * k, 256, 256),
          segDist(X, Y, 256, 256, 256 + 64 * k, 256 + 48 * k),
        ) <=
        18 * k;
      const white = ring || hands;
      const o = y * (size * 4 + 1) + 1 + x * 4;
      if (!inside) {
        raw.fill(0, o, o + 4);
        continue;
      }
      if (white) {
        raw[o] = 255;
        raw[o + 1] = 255;
        raw[o + 2] = 255;
      } else {
        raw[o] = 0x28;
        raw[o + 1] = 0x57;
        raw[o + 2] = 0xd6;
      }
      raw[o + 3] = 255;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
writeFileSync('public/icon-192.png', icon(192, false));
writeFileSync('public/icon-512.png', icon(512, false));
writeFileSync('public/icon-maskable-512.png', icon(512, true));
