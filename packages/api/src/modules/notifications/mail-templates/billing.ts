/** Mails about money: the receipt after a charge and the steps of a refund request. */
import type { MailBuilder, MailTemplate, MailWriter } from './content';

const when = (w: MailWriter) => [w.detail('when', 'when'), w.detail('zone', 'zone')];

export const billingMails = {
  paymentReceipt: (w) => ({
    family: 'billing',
    body: [w.paragraph('intro'), ...w.optionalParagraph('offline'), w.paragraph('receipt')],
    details: [w.detail('amount', 'amount'), ...when(w)],
    after: w.optionalParagraph('guarantee').map((block) => block.text),
  }),
  refundRequested: (w) => ({
    family: 'billing',
    body: [w.paragraph('intro'), ...w.quote('reason'), ...w.optionalParagraph('status')],
    details: when(w),
  }),
  refundGranted: (w) => ({ family: 'billing', body: [w.paragraph('intro'), ...w.quote('note', true)] }),
  refundDeclined: (w) => ({ family: 'billing', body: [w.paragraph('intro'), ...w.quote('note', true)] }),
} satisfies Partial<Record<MailTemplate, MailBuilder>>;
