import { useMemo, useSyncExternalStore } from 'react';
import * as Y from 'yjs';
import { filesOf, listFiles, type CodeFile } from './code-files';

/** The files of a code document as an external store: read again when a file is added, renamed, retyped or removed. */
class CodeFilesStore {
  private files: CodeFile[];

  constructor(private readonly doc: Y.Doc) {
    this.files = listFiles(doc);
  }

  subscribe = (notify: () => void) => {
    // Typing inside a file changes only its Y.Text: nothing to read again then.
    const read = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
      if (events.every((event) => event.target instanceof Y.Text)) return;
      this.files = listFiles(this.doc);
      notify();
    };
    this.files = listFiles(this.doc);
    filesOf(this.doc).observeDeep(read);
    return () => filesOf(this.doc).unobserveDeep(read);
  };

  get = () => this.files;
}

/** The shared code document's files, as both participants change them. */
export function useCodeFiles(doc: Y.Doc): CodeFile[] {
  const store = useMemo(() => new CodeFilesStore(doc), [doc]);
  return useSyncExternalStore(store.subscribe, store.get);
}
