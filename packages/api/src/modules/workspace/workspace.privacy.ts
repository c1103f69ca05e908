/**
 * What the workspace keeps about a person: the workspaces of their bookings in their data export (as JSON, and as
 * files: notes.md, notes.html, the code files, board.excalidraw), and, when they erase their account, their name
 * replaced in those documents (the other participant keeps the content). Names are not part of the documents'
 * structure (cursors and names live in awareness, never stored), so what is replaced is the name written in them.
 */
import * as Y from 'yjs';
import type { Context } from '../../platform/context';
import { workspaceContent } from './workspace.content';
import { workspaceKinds } from './workspace.policy';
import { appendUpdates, bookingsWithWorkspace, readDocument } from './workspace.queries';
import { announceUpdates } from './workspace.relay';
import { workspaceStates } from './workspace.service';

export interface WorkspaceExport {
  bookingId: string;
  notesMarkdown: string;
  notesHtml: string;
  codeFiles: { name: string; language: string; text: string }[];
  board: unknown;
  updatedAt: Date | null;
}

export async function workspacesDataOf(ctx: Context, bookingIds: string[]): Promise<WorkspaceExport[]> {
  const withWorkspace = await bookingsWithWorkspace(ctx.db, bookingIds);
  const exports: WorkspaceExport[] = [];
  for (const bookingId of bookingIds.filter((id) => withWorkspace.includes(id))) {
    const { states, updatedAt } = await workspaceStates(ctx, bookingId);
    const { boardJson, ...content } = workspaceContent(states);
    exports.push({ bookingId, ...content, board: JSON.parse(boardJson) as unknown, updatedAt });
  }
  return exports;
}

/** The export's workspace files, by path in the archive. */
export function workspaceFiles(workspaces: WorkspaceExport[]): Record<string, string> {
  const files: Record<string, string> = {};
  for (const w of workspaces) {
    const folder = `workspaces/${w.bookingId}`;
    files[`${folder}/notes.md`] = w.notesMarkdown;
    files[`${folder}/notes.html`] = `<!doctype html>\n<meta charset="utf-8">\n<title>Notes</title>\n${w.notesHtml}\n`;
    files[`${folder}/board.excalidraw`] = `${JSON.stringify(w.board, null, 2)}\n`;
    const used = new Set<string>();
    w.codeFiles.forEach((file, i) => {
      const safe = file.name.replace(/[/\\]/g, '_').replace(/^\.+/, '') || `file-${i + 1}.txt`;
      const name = used.has(safe) ? `${i + 1}-${safe}` : safe;
      used.add(name);
      files[`${folder}/code/${name}`] = file.text;
    });
  }
  return files;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Replaces `name` in a Y.Text (or XmlText), keeping each run's formatting. */
function replaceInText(text: Y.Text | Y.XmlText, pattern: RegExp, replacement: string): void {
  let offset = 0;
  const hits: { index: number; length: number; attributes?: Record<string, unknown> }[] = [];
  for (const op of text.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[]) {
    if (typeof op.insert !== 'string') {
      offset += 1;
      continue;
    }
    for (const match of op.insert.matchAll(pattern))
      hits.push({ index: offset + match.index, length: match[0].length, attributes: op.attributes });
    offset += op.insert.length;
  }
  for (const hit of hits.reverse()) {
    text.delete(hit.index, hit.length);
    text.insert(hit.index, replacement, hit.attributes ?? {});
  }
}

function replaceInXml(node: Y.XmlFragment | Y.XmlElement, pattern: RegExp, replacement: string): void {
  for (const child of node.toArray()) {
    if (child instanceof Y.XmlText) replaceInText(child, pattern, replacement);
    else if (child instanceof Y.XmlElement) replaceInXml(child, pattern, replacement);
  }
}

function replaceName(doc: Y.Doc, pattern: RegExp, replacement: string): void {
  replaceInXml(doc.getXmlFragment('default'), pattern, replacement);
  for (const file of doc.getArray<Y.Map<unknown>>('files').toArray()) {
    if (!(file instanceof Y.Map)) continue;
    const text = file.get('text');
    if (text instanceof Y.Text) replaceInText(text, pattern, replacement);
    const name = file.get('name');
    if (typeof name === 'string' && pattern.test(name)) file.set('name', name.replace(pattern, replacement));
  }
  for (const entry of doc.getArray<Y.Map<unknown>>('elements').toArray()) {
    if (!(entry instanceof Y.Map)) continue;
    const el = entry.get('el') as Record<string, unknown> | undefined;
    const fields = ['text', 'originalText'].filter((f) => typeof el?.[f] === 'string' && (el[f] as string).match(pattern));
    if (!el || fields.length === 0) continue;
    const changed: Record<string, unknown> = { ...el, version: Number(el.version ?? 0) + 1 };
    for (const f of fields) changed[f] = (el[f] as string).replace(pattern, replacement);
    entry.set('el', changed);
  }
}

/**
 * Replaces `name` with `replacement` in the workspaces of `bookingIds`, as a Yjs update appended to each document's
 * log in `tx` (open editors receive it too, at commit). Whole words only, whatever their case.
 */
export async function eraseNameFromWorkspaces(tx: Context, bookingIds: string[], name: string, replacement: string): Promise<void> {
  const trimmed = name.trim();
  if (!trimmed) return;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(trimmed)}(?![\\p{L}\\p{N}])`, 'giu');
  for (const bookingId of await bookingsWithWorkspace(tx.db, bookingIds)) {
    for (const kind of workspaceKinds) {
      const stored = await readDocument(tx.db, { bookingId, kind });
      const doc = new Y.Doc();
      if (stored.state) Y.applyUpdate(doc, stored.state);
      for (const { update } of stored.updates) Y.applyUpdate(doc, update);
      let update: Uint8Array | null = null;
      doc.on('update', (change: Uint8Array) => (update = change));
      doc.transact(() => replaceName(doc, pattern, replacement));
      doc.destroy();
      if (!update) continue;
      const entry = { bookingId, kind, update };
      const [id] = await appendUpdates(tx.db, [entry], tx.clock.now());
      await announceUpdates(tx.db, tx.adapters.events, 'erasure', [entry], [id!]);
    }
  }
}
