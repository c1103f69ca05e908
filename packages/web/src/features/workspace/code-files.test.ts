import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addFile, fileNameProblem, freeName, languageForName, listFiles, maxFiles, removeFile, renameFile } from './code-files';

describe('the language a file name implies', () => {
  it.each([
    ['app.js', 'javascript'],
    ['App.TSX', 'typescript'],
    ['main.py', 'python'],
    ['index.html', 'html'],
    ['site.css', 'css'],
    ['query.sql', 'sql'],
    ['package.json', 'json'],
    ['README.md', 'markdown'],
    ['notes.txt', 'plaintext'],
    ['Makefile', 'plaintext'],
    ['.env', 'plaintext'],
  ])('%s is %s', (name, language) => {
    expect(languageForName(name)).toBe(language);
  });
});

describe('file names', () => {
  it('refuses empty, too long, path-like and taken names (case-insensitively)', () => {
    expect(fileNameProblem('  ', [])).toBe('required');
    expect(fileNameProblem(`${'a'.repeat(81)}.js`, [])).toBe('tooLong');
    expect(fileNameProblem('../etc/passwd', [])).toBe('invalid');
    expect(fileNameProblem('a\\b.py', [])).toBe('invalid');
    expect(fileNameProblem('..', [])).toBe('invalid');
    expect(fileNameProblem('Main.py', ['main.py'])).toBe('taken');
    expect(fileNameProblem('main.py', ['app.py'])).toBeNull();
  });

  it('numbers a new name that is taken, before its extension', () => {
    expect(freeName('main.py', [])).toBe('main.py');
    expect(freeName('main.py', ['main.py', 'main-2.py'])).toBe('main-3.py');
    expect(freeName('Makefile', ['makefile'])).toBe('Makefile-2');
  });
});

describe('the shared files', () => {
  it('adds, renames (language following), and removes files, seen the same by another participant', () => {
    const mine = new Y.Doc();
    const theirs = new Y.Doc();
    mine.on('update', (update: Uint8Array) => Y.applyUpdate(theirs, update));

    const id = addFile(mine, 'main.py', 'print(1)')!;
    addFile(mine, 'main.py');
    expect(listFiles(theirs).map((file) => [file.name, file.language, file.text.toString()])).toEqual([
      ['main.py', 'python', 'print(1)'],
      ['main-2.py', 'python', ''],
    ]);

    expect(renameFile(mine, id, 'main-2.py')).toBe('taken');
    expect(renameFile(mine, id, 'query.sql')).toBeNull();
    expect(listFiles(theirs)[0]).toMatchObject({ name: 'query.sql', language: 'sql' });

    removeFile(mine, id);
    expect(listFiles(theirs).map((file) => file.name)).toEqual(['main-2.py']);
  });

  it(`holds at most ${maxFiles} files`, () => {
    const doc = new Y.Doc();
    for (let i = 0; i < maxFiles; i++) expect(addFile(doc, 'a.js')).not.toBeNull();
    expect(addFile(doc, 'a.js')).toBeNull();
    expect(listFiles(doc)).toHaveLength(maxFiles);
  });
});
