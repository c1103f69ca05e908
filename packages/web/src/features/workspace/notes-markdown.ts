/**
 * The shared notes as files: their Tiptap extensions (one list for the editor and the serializers, so a download
 * holds exactly what the editor shows), Markdown through Tiptap's own serializer (`@tiptap/markdown`, which reads
 * each extension's `renderMarkdown`: headings, lists, checklists, code, links) and the document's JSON from its Yjs
 * fragment, so notes can be downloaded without their editor open.
 */
import type { JSONContent } from '@tiptap/core';
import { TaskItem, TaskList } from '@tiptap/extension-list';
import { MarkdownManager } from '@tiptap/markdown';
import StarterKit from '@tiptap/starter-kit';
import { yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';
import { notesField } from './workspace-documents';

/** The notes' content: StarterKit (its own undo off: collaboration undoes only your edits), links, checklists. */
export const notesExtensions = [
  StarterKit.configure({ undoRedo: false, link: { openOnClick: false, autolink: true, defaultProtocol: 'https' } }),
  TaskList,
  TaskItem.configure({ nested: true }),
];

export function notesToMarkdown(content: JSONContent): string {
  return new MarkdownManager({ extensions: notesExtensions }).serialize(content);
}

/** The notes document's content as Tiptap JSON. */
export function notesContent(doc: Y.Doc): JSONContent {
  return yXmlFragmentToProsemirrorJSON(doc.getXmlFragment(notesField)) as JSONContent;
}
