import { ActionIcon, Button, Group, NativeSelect, Popover, Stack, Tabs, Text, TextInput, Tooltip } from '@mantine/core';
import type { HocuspocusProvider } from '@hocuspocus/provider';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addFile, codeLanguages, isCodeLanguage, maxFiles, removeFile, renameFile, setLanguage, type FileNameProblem } from './code-files';
import { languageLabels } from './code-languages';
import { CodeMirrorView } from './CodeMirrorView';
import { useCodeFiles } from './use-code-files';

interface CodeEditorProps {
  provider: HocuspocusProvider;
  readOnly: boolean;
}

/** The shared code: its files as tabs (add, rename, remove, pick the language), the chosen one in CodeMirror. */
export function CodeEditor({ provider, readOnly }: CodeEditorProps) {
  const { t } = useTranslation();
  const doc = provider.document;
  const files = useCodeFiles(doc);
  const [chosen, setChosen] = useState<string | null>(null);
  const [renaming, setRenaming] = useState(false);
  const current = files.find((file) => file.id === chosen) ?? files[0] ?? null;

  const add = () => {
    const id = addFile(doc, t('workspace.code.newFileName'));
    if (id) setChosen(id);
  };

  return (
    <Stack gap="xs">
      <Group gap="xs" justify="space-between" wrap="wrap">
        {files.length > 0 ? (
          <Tabs value={current?.id ?? null} onChange={(id) => (setChosen(id), setRenaming(false))} variant="pills" style={{ flex: 1 }}>
            <Tabs.List aria-label={t('workspace.code.files')}>
              {files.map((file) => (
                <Tabs.Tab key={file.id} value={file.id} ff="monospace" data-testid="workspace-file-tab">
                  {file.name}
                </Tabs.Tab>
              ))}
            </Tabs.List>
          </Tabs>
        ) : (
          <Text size="sm" c="dimmed">
            {t('workspace.code.empty')}
          </Text>
        )}
        {!readOnly && (
          <Button size="compact-sm" variant="light" onClick={add} disabled={files.length >= maxFiles}>
            {t('workspace.code.add')}
          </Button>
        )}
      </Group>
      {current && (
        <>
          {!readOnly && (
            <Group gap="xs" align="flex-end" wrap="wrap">
              <NativeSelect
                size="xs"
                label={t('workspace.code.language')}
                value={current.language}
                onChange={(event) => isCodeLanguage(event.currentTarget.value) && setLanguage(doc, current.id, event.currentTarget.value)}
                data={codeLanguages.map((language) => ({
                  value: language,
                  label: languageLabels[language] || t('workspace.code.plainText'),
                }))}
              />
              {renaming ? (
                <RenameForm
                  key={current.id}
                  name={current.name}
                  onRename={(name) => renameFile(doc, current.id, name)}
                  onDone={() => setRenaming(false)}
                />
              ) : (
                <Button size="compact-sm" variant="default" onClick={() => setRenaming(true)}>
                  {t('workspace.code.rename')}
                </Button>
              )}
              <RemoveFileButton key={current.id} name={current.name} onRemove={() => removeFile(doc, current.id)} />
            </Group>
          )}
          <CodeMirrorView
            key={current.id}
            text={current.text}
            awareness={provider.awareness}
            language={current.language}
            readOnly={readOnly}
            label={t('workspace.code.editorLabel', { name: current.name })}
          />
        </>
      )}
    </Stack>
  );
}

function RenameForm({ name, onRename, onDone }: { name: string; onRename: (name: string) => FileNameProblem | null; onDone: () => void }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(name);
  const [problem, setProblem] = useState<FileNameProblem | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = onRename(value);
    setProblem(found);
    if (!found) onDone();
  };
  return (
    <Group component="form" gap="xs" align="flex-end" onSubmit={submit}>
      <TextInput
        size="xs"
        label={t('workspace.code.fileName')}
        value={value}
        onChange={(event) => setValue(event.currentTarget.value)}
        error={problem && t(`workspace.code.nameProblem.${problem}`)}
        data-autofocus
        autoFocus
      />
      <Button size="compact-sm" type="submit">
        {t('workspace.code.saveName')}
      </Button>
      <Button size="compact-sm" variant="subtle" onClick={onDone}>
        {t('common.cancel')}
      </Button>
    </Group>
  );
}

/**
 * "×" beside the file's name: a popover asks before removing the file for both people (focus moves to its
 * "Remove" button and back; Escape or "Cancel" keeps the file).
 */
function RemoveFileButton({ name, onRemove }: { name: string; onRemove: () => void }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    <Popover opened={opened} onChange={setOpened} trapFocus returnFocus position="bottom-end" withinPortal shadow="md">
      <Popover.Target>
        <Tooltip label={t('workspace.code.remove', { name })} disabled={opened}>
          <ActionIcon
            variant="default"
            color="red"
            aria-label={t('workspace.code.remove', { name })}
            aria-haspopup="dialog"
            onClick={() => setOpened((o) => !o)}
          >
            ×
          </ActionIcon>
        </Tooltip>
      </Popover.Target>
      <Popover.Dropdown data-testid="workspace-remove-file">
        <Stack gap="xs">
          <Text size="sm">{t('workspace.code.removeConfirm', { name })}</Text>
          <Group gap="xs" justify="flex-end">
            <Button size="compact-sm" variant="subtle" onClick={() => setOpened(false)}>
              {t('common.cancel')}
            </Button>
            <Button
              size="compact-sm"
              color="red"
              data-autofocus
              onClick={() => {
                setOpened(false);
                onRemove();
              }}
            >
              {t('workspace.code.removeYes')}
            </Button>
          </Group>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
