import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../platform/context';
import { BookingPayment } from '../billing/billing.types';
import { documentsOfPayment } from './invoice.service';
import { InvoiceDocument } from './invoice.types';

@Resolver(() => BookingPayment)
export class PaymentInvoicesResolver {
  @FieldResolver(() => [InvoiceDocument], {
    description: 'The invoice issued when the payment was captured and a credit note per refund, oldest first (none for a free session).',
  })
  invoices(@Root() payment: BookingPayment, @Ctx() ctx: Context): Promise<InvoiceDocument[]> {
    return documentsOfPayment(ctx, payment.id);
  }
}
