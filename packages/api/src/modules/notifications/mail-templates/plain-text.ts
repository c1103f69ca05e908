/** The plain-text part: the same content as the HTML, laid out as lines a text-only reader (or a filter) can follow. */
import type { MailContent } from './content';

export function toPlainText(content: MailContent): string {
  const blocks = [
    content.greeting,
    ...content.body.map((block) => (block.kind === 'quote' && block.label ? `${block.label}\n\n${block.text}` : block.text)),
    ...(content.details.length ? [content.details.map((detail) => detail.line).join('\n')] : []),
    content.action.line,
    ...content.after,
    content.signature,
    ['--', content.footer, ...(content.unsubscribe ? [content.unsubscribe.line] : [])].join('\n'),
  ];
  return `${blocks.join('\n\n')}\n`;
}
