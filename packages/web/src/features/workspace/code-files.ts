/**
 * The shared code document's files: a Y.Array `files` of Y.Map { id, name, language, text: Y.Text }. Pure rules
 * (which language a name implies, which names are allowed, a name not taken yet) and the edits that add, rename,
 * retype and remove a file, each one Yjs transaction so the other participant sees it whole.
 */
import * as Y from 'yjs';
import { codeFilesField } from './workspace-documents';

export const codeLanguages = ['javascript', 'typescript', 'python', 'html', 'css', 'sql', 'json', 'markdown', 'plaintext'] as const;
export type CodeLanguage = (typeof codeLanguages)[number];

const extensions: Record<CodeLanguage, string[]> = {
  javascript: ['js', 'mjs', 'cjs', 'jsx'],
  typescript: ['ts', 'mts', 'cts', 'tsx'],
  python: ['py'],
  html: ['html', 'htm'],
  css: ['css'],
  sql: ['sql'],
  json: ['json'],
  markdown: ['md', 'markdown'],
  plaintext: ['txt'],
};

/** Names are at most this long, and a document holds at most this many files. */
export const maxNameLength = 80;
export const maxFiles = 20;

export function isCodeLanguage(value: unknown): value is CodeLanguage {
  return typeof value === 'string' && (codeLanguages as readonly string[]).includes(value);
}

/** The language a file name implies by its extension (plain text when none matches). */
export function languageForName(name: string): CodeLanguage {
  const dot = name.lastIndexOf('.');
  if (dot <= 0) return 'plaintext';
  const extension = name.slice(dot + 1).toLowerCase();
  return codeLanguages.find((language) => extensions[language].includes(extension)) ?? 'plaintext';
}

/** The usual extension of a language, for a new file's name. */
export function extensionFor(language: CodeLanguage): string {
  return extensions[language][0]!;
}

export type FileNameProblem = 'required' | 'tooLong' | 'invalid' | 'taken';

/**
 * What is wrong with a file name, or null: names are downloaded as they are, so no path separators, no control
 * characters, not `.` or `..`, and unique in the document (case-insensitively, as most file systems compare).
 */
export function fileNameProblem(name: string, otherNames: readonly string[]): FileNameProblem | null {
  const trimmed = name.trim();
  if (!trimmed) return 'required';
  if (trimmed.length > maxNameLength) return 'tooLong';
  // eslint-disable-next-line no-control-regex
  if (/[/\\:*?"<>|\u0000-\u001f]/.test(trimmed) || trimmed === '.' || trimmed === '..') return 'invalid';
  if (otherNames.some((other) => other.toLowerCase() === trimmed.toLowerCase())) return 'taken';
  return null;
}

/** `base.ext`, or `base-2.ext`, `base-3.ext`… the first not taken. */
export function freeName(wanted: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((name) => name.toLowerCase()));
  if (!lower.has(wanted.toLowerCase())) return wanted;
  const dot = wanted.lastIndexOf('.');
  const [base, extension] = dot > 0 ? [wanted.slice(0, dot), wanted.slice(dot)] : [wanted, ''];
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}${extension}`;
    if (!lower.has(candidate.toLowerCase())) return candidate;
  }
}

export interface CodeFile {
  id: string;
  name: string;
  language: CodeLanguage;
  text: Y.Text;
}

export function filesOf(doc: Y.Doc): Y.Array<Y.Map<unknown>> {
  return doc.getArray<Y.Map<unknown>>(codeFilesField);
}

/** The files as they are now (entries another client wrote badly are skipped). */
export function listFiles(doc: Y.Doc): CodeFile[] {
  const files: CodeFile[] = [];
  for (const entry of filesOf(doc).toArray()) {
    const id = entry.get('id');
    const name = entry.get('name');
    const text = entry.get('text');
    const language = entry.get('language');
    if (typeof id !== 'string' || typeof name !== 'string' || !(text instanceof Y.Text)) continue;
    files.push({ id, name, text, language: isCodeLanguage(language) ? language : languageForName(name) });
  }
  return files;
}

const newId = () => (typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : Math.random().toString(36).slice(2));

/** Adds a file (its name made free) and returns its id, or null when the document holds `maxFiles` already. */
export function addFile(doc: Y.Doc, wanted: string, content = ''): string | null {
  const files = filesOf(doc);
  if (files.length >= maxFiles) return null;
  const name = freeName(
    wanted,
    listFiles(doc).map((file) => file.name),
  );
  const entry = new Y.Map<unknown>();
  const id = newId();
  doc.transact(() => {
    entry.set('id', id);
    entry.set('name', name);
    entry.set('language', languageForName(name));
    entry.set('text', new Y.Text(content));
    files.push([entry]);
  });
  return id;
}

function entryOf(doc: Y.Doc, id: string): Y.Map<unknown> | undefined {
  return filesOf(doc)
    .toArray()
    .find((entry) => entry.get('id') === id);
}

/** Renames a file; its language follows the new extension. Returns the problem with the name instead, if any. */
export function renameFile(doc: Y.Doc, id: string, name: string): FileNameProblem | null {
  const others = listFiles(doc)
    .filter((file) => file.id !== id)
    .map((file) => file.name);
  const problem = fileNameProblem(name, others);
  if (problem) return problem;
  const entry = entryOf(doc, id);
  doc.transact(() => {
    entry?.set('name', name.trim());
    entry?.set('language', languageForName(name.trim()));
  });
  return null;
}

export function setLanguage(doc: Y.Doc, id: string, language: CodeLanguage): void {
  entryOf(doc, id)?.set('language', language);
}

export function removeFile(doc: Y.Doc, id: string): void {
  const files = filesOf(doc);
  const index = files.toArray().findIndex((entry) => entry.get('id') === id);
  if (index >= 0) files.delete(index, 1);
}
