/**
 * Writes `favicon.ico` from `public/favicon.svg` at build time, so the icon exists once: browsers and tools that ask
 * for /favicon.ico (bookmarks, feed readers, old browsers) get the same picture as the SVG link. resvg renders the
 * sizes; the ICO container around them (a 6-byte header, a 16-byte entry per image, then the PNG files, as Windows
 * Vista and every browser since read them) is a few lines, written here rather than pulling in a package whose
 * dependencies would move the workspace's @types/node.
 */
import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import type { Plugin } from 'vite';

const sizes = [16, 32, 48];

export function icoFromPngs(images: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, i) => {
    const entry = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, entry);
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt16LE(1, entry + 4); // colour planes
    header.writeUInt16LE(32, entry + 6); // bits per pixel
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map(({ png }) => png)]);
}

export function faviconIco(svgPath: string): Plugin {
  return {
    name: 'skillcall:favicon-ico',
    apply: 'build',
    generateBundle() {
      const svg = readFileSync(svgPath);
      const images = sizes.map((size) => ({ size, png: new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng() }));
      this.emitFile({ type: 'asset', fileName: 'favicon.ico', source: icoFromPngs(images) });
    },
  };
}
