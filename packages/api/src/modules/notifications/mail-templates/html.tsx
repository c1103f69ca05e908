/**
 * The HTML part, rendered by React Email. The components come from their own packages (`@react-email/button`…):
 * the `@react-email/components` bundle re-exports the same ones but also loads Tailwind, Prism and marked, which
 * cost 460 ms and 33 MB at first use here against 20 ms and 1 MB. This file is imported on the first mail, so a
 * server that sends none never loads React.
 */
import { render } from '@react-email/render';
import type { MailContent } from './content';
import { MailMessage } from './mail-message';

export function toHtml(content: MailContent): Promise<string> {
  return render(<MailMessage content={content} />);
}
