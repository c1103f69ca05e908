/** Mails about the account itself: welcome, address confirmation and change, password, data export. */
import type { MailBuilder, MailTemplate } from './content';

export const accountMails = {
  welcome: (w) => ({ family: 'account', body: [w.paragraph('intro')] }),
  welcomeConfirmEmail: (w) => ({ family: 'account', body: [w.paragraph('intro'), w.paragraph('meanwhile')], after: [w.text('notYou')] }),
  confirmEmail: (w) => ({ family: 'account', body: [w.paragraph('intro')], after: [w.text('notYou')] }),
  emailChangeConfirm: (w) => ({ family: 'account', body: [w.paragraph('intro'), w.paragraph('meanwhile')], after: [w.text('notYou')] }),
  emailChangeRequested: (w) => ({ family: 'account', body: [w.paragraph('intro'), w.paragraph('notYou')] }),
  emailChanged: (w) => ({ family: 'account', body: [w.paragraph('intro'), w.paragraph('notYou')] }),
  passwordReset: (w) => ({ family: 'account', body: [w.paragraph('intro')], after: [w.text('notYou')] }),
  passwordChanged: (w) => ({ family: 'account', body: [w.paragraph('intro'), w.paragraph('notYou')] }),
  dataExportReady: (w) => ({
    family: 'account',
    body: [w.paragraph('intro')],
    details: [w.detail('until', 'until'), w.detail('zone', 'zone')],
    after: [w.text('notYou')],
  }),
} satisfies Partial<Record<MailTemplate, MailBuilder>>;
