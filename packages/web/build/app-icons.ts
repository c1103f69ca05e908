/**
 * The installed app's icons, drawn at build time from `public/favicon.svg` (resvg, as favicon-ico.ts does), so the
 * picture exists once: `icons/icon-192.png` and `icons/icon-512.png` as they are (rounded square), and
 * `icons/maskable-512.png`, the same picture shrunk into the safe zone of a full-bleed square of its own blue, which
 * phones may cut to a circle or a squircle.
 */
import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import type { Plugin } from 'vite';

export const appIcons = [
  { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
  { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
  { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
];

/**
 * The SVG inside a square of its own background (the first fill: the logo's rounded square), scaled to 70% of it:
 * inside the maskable safe zone (a centred circle of 80%).
 */
function maskable(svg: string): string {
  const background = /fill="(#[0-9a-fA-F]{3,8})"/.exec(svg)?.[1];
  if (!background) throw new Error('app-icons: the SVG has no fill colour for the maskable icon’s background');
  const inner = svg.replace(/^<svg\b/, '<svg x="9.6" y="9.6" width="44.8" height="44.8"');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="${background}"/>${inner}</svg>`;
}

export function appIconsPlugin(svgPath: string): Plugin {
  return {
    name: 'skillcall:app-icons',
    apply: 'build',
    generateBundle() {
      const svg = readFileSync(svgPath, 'utf8');
      const png = (source: string, size: number) => new Resvg(source, { fitTo: { mode: 'width', value: size } }).render().asPng();
      this.emitFile({ type: 'asset', fileName: 'icons/icon-192.png', source: png(svg, 192) });
      this.emitFile({ type: 'asset', fileName: 'icons/icon-512.png', source: png(svg, 512) });
      this.emitFile({ type: 'asset', fileName: 'icons/maskable-512.png', source: png(maskable(svg), 512) });
    },
  };
}
