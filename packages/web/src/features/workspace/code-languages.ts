/** CodeMirror's language support for each language a shared file may have (in the workspace's own chunk). */
import { css } from '@codemirror/lang-css';
import { html } from '@codemirror/lang-html';
import { javascript } from '@codemirror/lang-javascript';
import { json } from '@codemirror/lang-json';
import { markdown } from '@codemirror/lang-markdown';
import { python } from '@codemirror/lang-python';
import { sql } from '@codemirror/lang-sql';
import type { Extension } from '@codemirror/state';
import type { CodeLanguage } from './code-files';

export function languageSupport(language: CodeLanguage): Extension {
  switch (language) {
    case 'javascript':
      return javascript({ jsx: true });
    case 'typescript':
      return javascript({ typescript: true, jsx: true });
    case 'python':
      return python();
    case 'html':
      return html();
    case 'css':
      return css();
    case 'sql':
      return sql();
    case 'json':
      return json();
    case 'markdown':
      return markdown();
    case 'plaintext':
      return [];
  }
}

/** Names shown in the language picker (the languages' own names, the same in every interface language). */
export const languageLabels: Record<CodeLanguage, string> = {
  javascript: 'JavaScript',
  typescript: 'TypeScript',
  python: 'Python',
  html: 'HTML',
  css: 'CSS',
  sql: 'SQL',
  json: 'JSON',
  markdown: 'Markdown',
  plaintext: '',
};
