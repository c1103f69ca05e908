/**
 * Reads the shared documents into what people download, export and moderators read: the notes as Markdown and HTML,
 * the code files as they are, the board as Excalidraw's own scene JSON (the SPA renders SVG and PNG with Excalidraw;
 * the server has no renderer for it without a browser).
 *
 * The notes are walked here, by hand, from the Yjs XML that Tiptap's Collaboration extension writes (one element per
 * ProseMirror node, named after it, its attributes on it; text with marks as formatting attributes). Rendering them
 * with Tiptap itself would bring ProseMirror, a DOM implementation and a Markdown serializer into the API for a fixed
 * handful of node types that this file lists (what the room's editor allows), and anything else keeps its text.
 */
import * as Y from 'yjs';
import type { WorkspaceKind } from './workspace.table';

export interface CodeFile {
  name: string;
  language: string;
  text: string;
}

export interface WorkspaceContent {
  notesMarkdown: string;
  notesHtml: string;
  codeFiles: CodeFile[];
  /** `{ type: 'excalidraw', version: 2, elements, files }`, openable in Excalidraw. */
  boardJson: string;
}

const docOf = (state: Uint8Array): Y.Doc => {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  return doc;
};

type Delta = { insert: string | object; attributes?: Record<string, unknown> };

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '#39' }[c]};`);
const escapeMarkdown = (text: string) => text.replace(/([\\`*_[\]#<>~|])/g, '\\$1');
const safeHref = (href: unknown) => (typeof href === 'string' && /^(https?:|mailto:)/i.test(href) ? href : null);

function inlineMarkdown(text: Y.XmlText): string {
  return (text.toDelta() as Delta[])
    .map(({ insert, attributes = {} }) => {
      if (typeof insert !== 'string') return '';
      if (attributes.code) return `\`${insert.replace(/`/g, '\\`')}\``;
      let out = escapeMarkdown(insert);
      if (attributes.bold) out = `**${out}**`;
      if (attributes.italic) out = `*${out}*`;
      if (attributes.strike) out = `~~${out}~~`;
      const href = safeHref((attributes.link as { href?: unknown } | undefined)?.href);
      return href ? `[${out}](${href})` : out;
    })
    .join('');
}

function inlineHtml(text: Y.XmlText): string {
  return (text.toDelta() as Delta[])
    .map(({ insert, attributes = {} }) => {
      if (typeof insert !== 'string') return '';
      let out = escapeHtml(insert);
      if (attributes.code) out = `<code>${out}</code>`;
      if (attributes.bold) out = `<strong>${out}</strong>`;
      if (attributes.italic) out = `<em>${out}</em>`;
      if (attributes.strike) out = `<s>${out}</s>`;
      const href = safeHref((attributes.link as { href?: unknown } | undefined)?.href);
      return href ? `<a href="${escapeHtml(href)}">${out}</a>` : out;
    })
    .join('');
}

type Node = Y.XmlElement | Y.XmlText;
const childrenOf = (node: Y.XmlElement | Y.XmlFragment): Node[] =>
  node.toArray().filter((n): n is Node => n instanceof Y.XmlElement || n instanceof Y.XmlText);
const plainText = (node: Node): string =>
  node instanceof Y.XmlText ? node.toString().replace(/<[^>]*>/g, '') : childrenOf(node).map(plainText).join('');
const inlineOf = (node: Y.XmlElement, render: (t: Y.XmlText) => string, lineBreak: string) =>
  childrenOf(node)
    .map((child) => (child instanceof Y.XmlText ? render(child) : child.nodeName === 'hardBreak' ? lineBreak : plainText(child)))
    .join('');

function markdownBlocks(nodes: Node[], indent = ''): string[] {
  const blocks: string[] = [];
  for (const node of nodes) {
    if (node instanceof Y.XmlText) {
      blocks.push(indent + inlineMarkdown(node));
      continue;
    }
    const inline = () => inlineOf(node, inlineMarkdown, `  \n${indent}`);
    switch (node.nodeName) {
      case 'heading':
        blocks.push(`${indent}${'#'.repeat(Math.min(6, Math.max(1, Number(node.getAttribute('level')) || 1)))} ${inline()}`);
        break;
      case 'codeBlock': {
        const language = node.getAttribute('language');
        blocks.push(`${indent}\`\`\`${typeof language === 'string' ? language : ''}\n${plainText(node)}\n\`\`\``);
        break;
      }
      case 'blockquote':
        blocks.push(markdownBlocks(childrenOf(node)).join('\n\n').replace(/^/gm, `${indent}> `));
        break;
      case 'horizontalRule':
        blocks.push(`${indent}---`);
        break;
      case 'bulletList':
      case 'orderedList':
      case 'taskList': {
        const start = Number(node.getAttribute('start')) || 1;
        const items = childrenOf(node).map((item, i) => {
          const marker =
            node.nodeName === 'orderedList'
              ? `${start + i}. `
              : node.nodeName === 'taskList'
                ? `- [${item instanceof Y.XmlElement && item.getAttribute('checked') ? 'x' : ' '}] `
                : '- ';
          const inner = item instanceof Y.XmlElement ? markdownBlocks(childrenOf(item), ' '.repeat(marker.length)) : [inlineMarkdown(item)];
          return indent + marker + inner.join('\n').trimStart();
        });
        blocks.push(items.join('\n'));
        break;
      }
      default:
        blocks.push(indent + inline());
    }
  }
  return blocks;
}

function htmlBlocks(nodes: Node[]): string {
  return nodes
    .map((node) => {
      if (node instanceof Y.XmlText) return `<p>${inlineHtml(node)}</p>`;
      const inline = () => inlineOf(node, inlineHtml, '<br>');
      const inner = () => htmlBlocks(childrenOf(node));
      switch (node.nodeName) {
        case 'heading': {
          const level = Math.min(6, Math.max(1, Number(node.getAttribute('level')) || 1));
          return `<h${level}>${inline()}</h${level}>`;
        }
        case 'codeBlock':
          return `<pre><code>${escapeHtml(plainText(node))}</code></pre>`;
        case 'blockquote':
          return `<blockquote>${inner()}</blockquote>`;
        case 'horizontalRule':
          return '<hr>';
        case 'bulletList':
          return `<ul>${inner()}</ul>`;
        case 'orderedList':
          return `<ol start="${Number(node.getAttribute('start')) || 1}">${inner()}</ol>`;
        case 'taskList':
          return `<ul data-type="taskList">${inner()}</ul>`;
        case 'listItem':
          return `<li>${inner()}</li>`;
        case 'taskItem':
          return `<li><input type="checkbox" disabled${node.getAttribute('checked') ? ' checked' : ''}> ${inner()}</li>`;
        default:
          return `<p>${inline()}</p>`;
      }
    })
    .join('');
}

export function notesMarkdown(state: Uint8Array): string {
  const text = markdownBlocks(childrenOf(docOf(state).getXmlFragment('default'))).join('\n\n');
  return text ? `${text}\n` : '';
}

export function notesHtml(state: Uint8Array): string {
  return htmlBlocks(childrenOf(docOf(state).getXmlFragment('default')));
}

export function codeFiles(state: Uint8Array): CodeFile[] {
  return docOf(state)
    .getArray<Y.Map<unknown>>('files')
    .toArray()
    .filter((file): file is Y.Map<unknown> => file instanceof Y.Map)
    .map((file) => ({
      name: String(file.get('name') ?? 'untitled'),
      language: String(file.get('language') ?? 'plaintext'),
      text: file.get('text') instanceof Y.Text ? (file.get('text') as Y.Text).toString() : String(file.get('text') ?? ''),
    }));
}

export function boardJson(state: Uint8Array): string {
  const doc = docOf(state);
  const elements = doc.getArray<unknown>('elements').toJSON() as unknown[];
  const assets = doc.getMap<unknown>('assets').toJSON();
  // y-excalidraw 2 keeps each element as a Y.Map { el, pos } (pos: its fractional index in the scene's order).
  const scene = (elements as { el?: { isDeleted?: boolean }; pos?: string }[])
    .filter((entry) => entry?.el && !entry.el.isDeleted)
    .sort((a, b) => ((a.pos ?? '') < (b.pos ?? '') ? -1 : (a.pos ?? '') > (b.pos ?? '') ? 1 : 0))
    .map((entry) => entry.el);
  return JSON.stringify({ type: 'excalidraw', version: 2, source: 'skillcall', elements: scene, files: assets }, null, 2);
}

export function workspaceContent(states: Record<WorkspaceKind, Uint8Array>): WorkspaceContent {
  return {
    notesMarkdown: notesMarkdown(states.notes),
    notesHtml: notesHtml(states.notes),
    codeFiles: codeFiles(states.code),
    boardJson: boardJson(states.board),
  };
}
