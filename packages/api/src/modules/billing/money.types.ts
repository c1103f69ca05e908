import { GraphQLSafeInt } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { formatMinor, type Money as MoneyValue } from './money';

@ObjectType({ description: 'An amount of money: integer minor units of an ISO 4217 currency, as Stripe counts them.' })
export class Money implements MoneyValue {
  @Field(() => GraphQLSafeInt, {
    description:
      'The amount in minor units (cents for EUR, yen for JPY, fils for KWD). A SafeInt: totals in currencies such as IDR or VND pass 2^31.',
  })
  amountMinor!: number;

  @Field(() => String, { description: 'ISO 4217 currency code, upper case (e.g. EUR, JPY).' })
  currency!: string;

  @Field(() => String, { description: 'The amount as a decimal string with the currency’s digits (e.g. "12.50", "1500").' })
  get amount(): string {
    return formatMinor(this);
  }
}

export function toMoney(value: MoneyValue): Money {
  return Object.assign(new Money(), value);
}
