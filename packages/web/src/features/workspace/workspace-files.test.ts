import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { codeDownload, downloadName, notesHtmlPage } from './workspace-files';

const file = (name: string, content: string) => {
  const doc = new Y.Doc();
  const text = doc.getText(name);
  text.insert(0, content);
  return { name, text };
};

describe('workspace downloads', () => {
  it('are named after the booking, by what they hold', () => {
    const id = '3f2a9c1e-77aa-4bcd-9e0f-000000000001';
    expect(downloadName(id, 'notesMarkdown')).toBe('skillcall-3f2a9c1e-notes.md');
    expect(downloadName(id, 'notesHtml')).toBe('skillcall-3f2a9c1e-notes.html');
    expect(downloadName(id, 'boardPng')).toBe('skillcall-3f2a9c1e-board.png');
    expect(downloadName(id, 'boardSvg')).toBe('skillcall-3f2a9c1e-board.svg');
    expect(downloadName(id, 'code')).toBe('skillcall-3f2a9c1e-code.zip');
  });

  it('give one code file as it is, several in a zip holding each under its own name', async () => {
    expect(codeDownload('b1', [])).toBeNull();
    const single = codeDownload('b1', [file('main.py', 'print("hi")\n')])!;
    expect(single.name).toBe('main.py');
    expect(await single.blob.text()).toBe('print("hi")\n');

    const zip = codeDownload('b1', [file('main.py', 'print(1)'), file('query.sql', 'select 1;')])!;
    expect(zip.name).toBe('skillcall-b1-code.zip');
    const entries = unzipSync(new Uint8Array(await zip.blob.arrayBuffer()));
    expect(Object.fromEntries(Object.entries(entries).map(([name, bytes]) => [name, strFromU8(bytes)]))).toEqual({
      'main.py': 'print(1)',
      'query.sql': 'select 1;',
    });
  });

  it('wrap the notes in a page of their own, the title escaped', () => {
    const page = notesHtmlPage('Notes <draft>', '<h2>Plan</h2>', 'fr');
    expect(page).toContain('<html lang="fr">');
    expect(page).toContain('<title>Notes &lt;draft&gt;</title>');
    expect(page).toContain('<meta charset="utf-8">');
    expect(page).toContain('<h2>Plan</h2>');
  });
});
