import { prosemirrorJSONToYDoc } from '@tiptap/y-tiptap';
import { getSchema, type JSONContent } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { notesContent, notesExtensions, notesToMarkdown } from './notes-markdown';
import { notesField } from './workspace-documents';

const text = (value: string, marks?: JSONContent['marks']): JSONContent => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });
const paragraph = (...content: JSONContent[]): JSONContent => ({ type: 'paragraph', content });

const notes: JSONContent = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [text('Plan')] },
    paragraph(
      text('Read '),
      text('the docs', [{ type: 'link', attrs: { href: 'https://example.org/docs' } }]),
      text(' and run '),
      text('npm test', [{ type: 'code' }]),
    ),
    {
      type: 'bulletList',
      content: [
        { type: 'listItem', content: [paragraph(text('first'))] },
        { type: 'listItem', content: [paragraph(text('second'))] },
      ],
    },
    {
      type: 'taskList',
      content: [
        { type: 'taskItem', attrs: { checked: true }, content: [paragraph(text('done'))] },
        { type: 'taskItem', attrs: { checked: false }, content: [paragraph(text('to do'))] },
      ],
    },
    { type: 'codeBlock', attrs: { language: 'python' }, content: [text('print("hi")')] },
  ],
};

describe('notes as Markdown', () => {
  it('writes headings, links, code spans, lists, checklists and code blocks as Markdown', () => {
    const markdown = notesToMarkdown(notes);
    expect(markdown).toContain('## Plan');
    expect(markdown).toContain('Read [the docs](https://example.org/docs) and run `npm test`');
    expect(markdown).toMatch(/^- first$/m);
    expect(markdown).toMatch(/^- second$/m);
    expect(markdown).toMatch(/^- \[x\] done$/m);
    expect(markdown).toMatch(/^- \[ \] to do$/m);
    expect(markdown).toContain('```python\nprint("hi")\n```');
  });

  it('reads the shared document itself, so notes download without their editor open', () => {
    const doc = prosemirrorJSONToYDoc(getSchema(notesExtensions), notes, notesField);
    const markdown = notesToMarkdown(notesContent(doc));
    expect(markdown).toContain('## Plan');
    expect(markdown).toMatch(/^- \[x\] done$/m);
  });
});
