/**
 * The installed app's icons, drawn at build time from `public/favicon.svg` (resvg, as favicon-ico.ts does), so the
 * picture exists once: `icons/icon-192.png` and `icons/icon-512.png` as they are (rounded square), and
 * `icons/maskable-512.png`, the same picture shrunk into the safe zone of a full-bleed square of its own blue, which
 * phones may cut to a circle or a squircle. And `icons/badge-96.png`, the monochrome badge of push notifications
 * (phones show only its shape, in the status bar): the speech bubble alone, its dots cut out.
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

/** The logo's bubble (its first path) in white on nothing, the dots (its circles) cut out of it, cropped to the bubble. */
function badge(svg: string): string {
  const bubble = /<path d="([^"]+)"/.exec(svg)?.[1];
  const dots = [...svg.matchAll(/<circle [^>]*\/>/g)].map(([circle]) => circle.replace(/fill="[^"]*"/, 'fill="#000"'));
  if (!bubble || dots.length === 0) throw new Error('app-icons: the SVG has no bubble path and dots for the badge');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="12 11 40 40"><mask id="dots"><rect x="0" y="0" width="64" height="64" fill="#fff"/>` +
    `${dots.join('')}</mask><path d="${bubble}" fill="#fff" mask="url(#dots)"/></svg>`
  );
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
      this.emitFile({ type: 'asset', fileName: 'icons/badge-96.png', source: png(badge(svg), 96) });
    },
  };
}
