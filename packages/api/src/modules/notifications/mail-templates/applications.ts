/** Mails about an expert application: the reviewer's decision, with their words quoted. */
import type { MailBuilder, MailTemplate } from './content';

export const applicationMails = {
  // The note is optional on approval: the quotation appears only when there is one.
  applicationApproved: (w) => ({ family: 'application', body: [w.paragraph('intro'), ...w.quote('reason', true)] }),
  applicationRejected: (w) => ({
    family: 'application',
    body: [w.paragraph('intro'), ...w.quote('reason', true), w.paragraph('again')],
  }),
  applicationChangesRequested: (w) => ({ family: 'application', body: [w.paragraph('intro'), ...w.quote('reason')] }),
} satisfies Partial<Record<MailTemplate, MailBuilder>>;
