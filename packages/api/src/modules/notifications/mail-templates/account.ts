/** Mails about the account itself: welcome, password, data export. */
import type { MailBuilder, MailTemplate } from './content';

export const accountMails = {
  welcome: (w) => ({ family: 'account', body: [w.paragraph('intro')] }),
  passwordReset: (w) => ({ family: 'account', body: [w.paragraph('intro')], after: [w.text('notYou')] }),
  passwordChanged: (w) => ({ family: 'account', body: [w.paragraph('intro'), w.paragraph('notYou')] }),
  dataExportReady: (w) => ({
    family: 'account',
    body: [w.paragraph('intro')],
    details: [w.detail('until', 'until'), w.detail('zone', 'zone')],
    after: [w.text('notYou')],
  }),
} satisfies Partial<Record<MailTemplate, MailBuilder>>;
