/**
 * Excalidraw loads its fonts from `window.EXCALIDRAW_ASSET_PATH`, or else from a CDN (esm.sh) that the server's
 * Content-Security-Policy refuses, and board text would fall back to a system font. The build copies the fonts of
 * @excalidraw/excalidraw's dist to `/assets/excalidraw/fonts/` (vite-plugin-static-copy in vite.config.ts; their names
 * carry a content hash, so they are served and cached like the other hashed assets, at runtime only, never
 * precached: 14 MB). Call this before importing Excalidraw.
 */
export const excalidrawAssetPath = '/assets/excalidraw/';

declare global {
  interface Window {
    EXCALIDRAW_ASSET_PATH?: string | string[];
  }
}

export function selfHostExcalidrawAssets(): void {
  window.EXCALIDRAW_ASSET_PATH = excalidrawAssetPath;
}
