import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Money } from '../billing/money.types';

export enum InvoiceKind {
  INVOICE = 'INVOICE',
  CREDIT_NOTE = 'CREDIT_NOTE',
}
registerEnumType(InvoiceKind, {
  name: 'InvoiceKind',
  description: 'An invoice, or a credit note cancelling part or all of one (a refund).',
  valuesConfig: {
    INVOICE: { description: 'An invoice for a supply (a paid session).' },
    CREDIT_NOTE: { description: 'A credit note for a refund, referencing the invoice it corrects.' },
  },
});

@ObjectType({ description: 'An issued invoice or credit note (never changes once issued), as a downloadable PDF.' })
export class InvoiceDocument {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: string;

  @Field(() => InvoiceKind, { description: 'Invoice or credit note.' })
  kind!: InvoiceKind;

  @Field(() => String, { description: 'The number in its issuer’s series, as printed (e.g. SKC-2026-000042).' })
  number!: string;

  @Field(() => GraphQLISODateTime, { description: 'When it was issued.' })
  issuedAt!: Date;

  @Field(() => Money, { description: 'The total, tax included (what a credit note gives back).' })
  total!: Money;

  @Field(() => Money, { description: 'The VAT in the total (zero under reverse charge, exemption or outside the EU).' })
  tax!: Money;

  @Field(() => String, { description: 'The PDF, in the language it was issued in (participants and admins, cookie session).' })
  url!: string;
}
