import { Button, Group, Popover, Stack, TextInput } from '@mantine/core';
import type { HocuspocusProvider } from '@hocuspocus/provider';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { EditorContent, useEditor, useEditorState } from '@tiptap/react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { notesExtensions } from './notes-markdown';
import type { WorkspaceUser } from './use-workspace';
import { notesField } from './workspace-documents';
import classes from './workspace.module.css';

interface NotesEditorProps {
  provider: HocuspocusProvider;
  user: WorkspaceUser;
  readOnly: boolean;
}

/**
 * The shared notes: Tiptap on the notes document, the other person's caret and selection in their colour and name.
 * Undo (Ctrl+Z) is the Collaboration extension's: it undoes only this person's edits. A toolbar for what is not
 * typed as Markdown shortcuts (a checklist, a link); headings, lists and code are typed (`## `, `- `, `` ` ``) too.
 */
export function NotesEditor({ provider, user, readOnly }: NotesEditorProps) {
  const { t } = useTranslation();
  const editor = useEditor(
    {
      extensions: [
        ...notesExtensions,
        Collaboration.configure({ document: provider.document, field: notesField }),
        CollaborationCaret.configure({ provider, user }),
      ],
      editable: !readOnly,
      editorProps: {
        attributes: {
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-label': t('workspace.notes.label'),
          'data-testid': 'workspace-notes',
        },
      },
    },
    [provider],
  );
  useEffect(() => {
    editor?.setEditable(!readOnly);
  }, [editor, readOnly]);
  const active = useEditorState({
    editor,
    selector: ({ editor }) => ({
      heading: editor?.isActive('heading', { level: 2 }) ?? false,
      bulletList: editor?.isActive('bulletList') ?? false,
      taskList: editor?.isActive('taskList') ?? false,
      code: editor?.isActive('code') ?? false,
      link: editor?.isActive('link') ?? false,
    }),
  });

  const setLink = (href: string) => {
    if (!editor) return;
    if (href.trim() === '') editor.chain().focus().unsetLink().run();
    else editor.chain().focus().extendMarkRange('link').setLink({ href: href.trim() }).run();
  };
  const tool = (label: string, pressed: boolean | undefined, run: () => void) => (
    <Button size="compact-sm" variant={pressed ? 'filled' : 'default'} aria-pressed={pressed} onClick={run} disabled={readOnly || !editor}>
      {label}
    </Button>
  );

  return (
    <Stack gap="xs">
      {!readOnly && (
        <Group gap={4} role="toolbar" aria-label={t('workspace.notes.toolbar')}>
          {tool(t('workspace.notes.heading'), active?.heading, () => editor?.chain().focus().toggleHeading({ level: 2 }).run())}
          {tool(t('workspace.notes.bulletList'), active?.bulletList, () => editor?.chain().focus().toggleBulletList().run())}
          {tool(t('workspace.notes.checklist'), active?.taskList, () => editor?.chain().focus().toggleTaskList().run())}
          {tool(t('workspace.notes.code'), active?.code, () => editor?.chain().focus().toggleCode().run())}
          <LinkPopover
            pressed={active?.link}
            disabled={!editor}
            current={() => (editor?.getAttributes('link') as { href?: string } | undefined)?.href ?? ''}
            onSave={setLink}
          />
        </Group>
      )}
      <EditorContent editor={editor} className={`${classes.editor} ${classes.notes}`} />
    </Stack>
  );
}

interface LinkPopoverProps {
  pressed: boolean | undefined;
  disabled: boolean;
  current: () => string;
  onSave: (href: string) => void;
}

/**
 * "Link" in the notes' toolbar: a popover with the address (the current link's, or https://), saved with Enter or
 * the button; an empty address removes the link. Focus moves into it and back to the button (Escape closes it).
 */
function LinkPopover({ pressed, disabled, current, onSave }: LinkPopoverProps) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [href, setHref] = useState('');
  const open = () => {
    setHref(current() || 'https://');
    setOpened(true);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setOpened(false);
    onSave(href);
  };
  return (
    <Popover opened={opened} onChange={setOpened} trapFocus returnFocus position="bottom-start" withinPortal shadow="md">
      <Popover.Target>
        <Button
          size="compact-sm"
          variant={pressed ? 'filled' : 'default'}
          aria-pressed={pressed}
          aria-haspopup="dialog"
          onClick={() => (opened ? setOpened(false) : open())}
          disabled={disabled}
        >
          {t('workspace.notes.link')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <form onSubmit={submit} data-testid="workspace-link-form">
          <Stack gap="xs">
            <TextInput
              size="xs"
              label={t('workspace.notes.linkPrompt')}
              value={href}
              onChange={(event) => setHref(event.currentTarget.value)}
              data-autofocus
            />
            <Group gap="xs" justify="flex-end">
              <Button size="compact-sm" variant="subtle" onClick={() => setOpened(false)}>
                {t('common.cancel')}
              </Button>
              <Button size="compact-sm" type="submit">
                {t('workspace.notes.linkSave')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Popover.Dropdown>
    </Popover>
  );
}
