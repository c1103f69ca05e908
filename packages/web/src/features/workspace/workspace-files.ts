/**
 * What the workspace's downloads are called and hold: notes as Markdown and as a standalone HTML page, code files
 * as they are (one file alone, several in a zip made by fflate), the board as PNG and SVG (`board-export.ts`).
 */
import { strToU8, zipSync } from 'fflate';
import type { CodeFile } from './code-files';

export type WorkspaceDownload = 'notesMarkdown' | 'notesHtml' | 'code' | 'boardPng' | 'boardSvg';

/** `skillcall-<booking>-notes.md`: the booking's short id keeps downloads of different sessions apart. */
export function downloadName(bookingId: string, what: WorkspaceDownload): string {
  const stem = `skillcall-${bookingId.replace(/[^a-zA-Z0-9]/g, '').slice(0, 8)}`;
  switch (what) {
    case 'code':
      return `${stem}-code.zip`;
    case 'notesMarkdown':
      return `${stem}-notes.md`;
    case 'notesHtml':
      return `${stem}-notes.html`;
    case 'boardPng':
      return `${stem}-board.png`;
    case 'boardSvg':
      return `${stem}-board.svg`;
  }
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The notes' HTML as a page of its own that opens in any browser. */
export function notesHtmlPage(title: string, bodyHtml: string, language: string): string {
  return `<!doctype html>\n<html lang="${escapeHtml(language)}">\n<head>\n<meta charset="utf-8">\n<title>${escapeHtml(title)}</title>\n</head>\n<body>\n${bodyHtml}\n</body>\n</html>\n`;
}

/** The code files to download: the only file as it is, or every file in `<stem>-code.zip`; null when there is none. */
export function codeDownload(bookingId: string, files: readonly Pick<CodeFile, 'name' | 'text'>[]): { name: string; blob: Blob } | null {
  if (files.length === 0) return null;
  if (files.length === 1) {
    const [file] = files;
    return { name: file!.name, blob: new Blob([file!.text.toString()], { type: 'text/plain;charset=utf-8' }) };
  }
  const zip = zipSync(Object.fromEntries(files.map((file) => [file.name, strToU8(file.text.toString())])));
  return { name: downloadName(bookingId, 'code'), blob: new Blob([zip as BlobPart], { type: 'application/zip' }) };
}

/** Hands a file to the browser's downloads. */
export function saveFile(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
