import { defaultKeymap } from '@codemirror/commands';
import { defaultHighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { Compartment, EditorState } from '@codemirror/state';
import { drawSelection, EditorView, highlightActiveLine, keymap, lineNumbers } from '@codemirror/view';
import { useEffect, useRef } from 'react';
import { yCollab, yUndoManagerKeymap } from 'y-codemirror.next';
import type { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { CodeLanguage } from './code-files';
import { languageSupport } from './code-languages';
import classes from './workspace.module.css';

/** Whether the file can be edited, and what assistive technologies call it. */
const access = (readOnly: boolean, label: string) => [
  EditorState.readOnly.of(readOnly),
  EditorView.editable.of(!readOnly),
  EditorView.contentAttributes.of({ 'aria-label': label, 'data-testid': 'workspace-code' }),
];

interface CodeMirrorViewProps {
  text: Y.Text;
  awareness: Awareness | null;
  language: CodeLanguage;
  readOnly: boolean;
  label: string;
}

/**
 * One shared file in CodeMirror 6, bound to its Y.Text by y-codemirror.next (the other person's cursor and selection
 * in their colour and name). Undo (Ctrl+Z) goes through a Y.UndoManager that tracks only this editor's own changes.
 * Tab is left to move the focus on (no tab trapping), so the editor stays keyboard-accessible.
 */
export function CodeMirrorView({ text, awareness, language, readOnly, label }: CodeMirrorViewProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const languageSlot = useRef(new Compartment());
  const editableSlot = useRef(new Compartment());

  useEffect(() => {
    const undoManager = new Y.UndoManager(text);
    const created = new EditorView({
      parent: host.current!,
      state: EditorState.create({
        doc: text.toString(),
        extensions: [
          lineNumbers(),
          drawSelection(),
          highlightActiveLine(),
          syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
          keymap.of([...yUndoManagerKeymap, ...defaultKeymap]),
          languageSlot.current.of(languageSupport(language)),
          editableSlot.current.of(access(readOnly, label)),
          yCollab(text, awareness, { undoManager }),
        ],
      }),
    });
    view.current = created;
    return () => {
      created.destroy();
      undoManager.destroy();
      view.current = null;
    };
    // Language, editability and label are reconfigured below without losing the editor's state.
  }, [text, awareness]); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    view.current?.dispatch({ effects: languageSlot.current.reconfigure(languageSupport(language)) });
  }, [language]);
  useEffect(() => {
    view.current?.dispatch({ effects: editableSlot.current.reconfigure(access(readOnly, label)) });
  }, [readOnly, label]);

  return <div ref={host} className={`${classes.editor} ${classes.code}`} />;
}
