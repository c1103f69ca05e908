/**
 * The board as images, with Excalidraw's own exporters (loaded with Excalidraw, only when a board download is asked
 * for): what is drawn on the shared board document, SVG or PNG, on a white background.
 */
import { exportToBlob, exportToSvg } from '@excalidraw/excalidraw';
import type { BinaryFiles } from '@excalidraw/excalidraw/types';
import { yjsToExcalidraw } from 'y-excalidraw';
import type * as Y from 'yjs';
import { boardAssetsField, boardElementsField } from './workspace-documents';

function scene(doc: Y.Doc) {
  const elements = yjsToExcalidraw(doc.getArray<Y.Map<unknown>>(boardElementsField)).filter((element) => !element.isDeleted);
  const files = Object.fromEntries(doc.getMap(boardAssetsField).entries()) as BinaryFiles;
  return { elements: elements as never, files, appState: { exportBackground: true, viewBackgroundColor: '#ffffff' } };
}

export async function boardSvg(doc: Y.Doc): Promise<Blob> {
  const svg = await exportToSvg(scene(doc));
  return new Blob([new XMLSerializer().serializeToString(svg)], { type: 'image/svg+xml' });
}

export function boardPng(doc: Y.Doc): Promise<Blob> {
  return exportToBlob({ ...scene(doc), mimeType: 'image/png' });
}
