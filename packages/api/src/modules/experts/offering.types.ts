import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Money } from '../billing/money.types';
import type { CancellationPolicy as PolicyName, PriceModel as PriceModelName } from './application.content';

export enum PriceModel {
  FREE = 'FREE',
  PER_MINUTE = 'PER_MINUTE',
  PER_SESSION = 'PER_SESSION',
}
registerEnumType(PriceModel, {
  name: 'PriceModel',
  description: 'How a session is paid.',
  valuesConfig: {
    FREE: { description: 'No payment.' },
    PER_MINUTE: { description: 'A rate per minute, charged only for the minutes both sides were connected.' },
    PER_SESSION: { description: 'One price for a session of a set length, charged when booking.' },
  },
});

export enum CancellationPolicy {
  FLEXIBLE = 'FLEXIBLE',
  MODERATE = 'MODERATE',
  STRICT = 'STRICT',
}
registerEnumType(CancellationPolicy, {
  name: 'CancellationPolicy',
  description: 'What a user gets back when cancelling a paid booking; frozen on each booking when it is made.',
  valuesConfig: {
    FLEXIBLE: { description: 'Full refund up to 24 hours before the start; none after.' },
    MODERATE: { description: 'Full refund up to 5 days before the start; half after that, until 24 hours before.' },
    STRICT: { description: 'Half refunded up to 7 days before the start; none after.' },
  },
});

@ObjectType({ description: 'The price of an offering.' })
export class Price {
  @Field(() => PriceModel, { description: 'How the session is paid.' })
  model!: PriceModelName;

  @Field(() => Money, { nullable: true, description: 'Per session (PER_SESSION) or per minute (PER_MINUTE); null when FREE.' })
  amount!: Money | null;

  @Field(() => Int, { nullable: true, description: 'PER_MINUTE: the fewest minutes a session is booked for.' })
  minMinutes!: number | null;

  @Field(() => Int, { nullable: true, description: 'PER_MINUTE: the most minutes a session can last (the authorised maximum).' })
  maxMinutes!: number | null;

  @Field(() => Int, { nullable: true, description: 'PER_SESSION and FREE: how long a session lasts.' })
  durationMinutes!: number | null;
}

@InputType({ description: 'The price of an offering. Amounts are decimal strings in the currency (e.g. "12.50" EUR, "1500" JPY).' })
export class PriceInput {
  @Field(() => PriceModel, { description: 'How the session is paid.' })
  model!: PriceModelName;

  @Field(() => String, { nullable: true, description: 'Price per session or per minute; required unless FREE.' })
  amount?: string;

  @Field(() => String, { nullable: true, description: 'ISO 4217 code of a currency Stripe supports; required unless FREE.' })
  currency?: string;

  @Field(() => Int, { nullable: true, description: 'PER_MINUTE: minimum minutes.' })
  minMinutes?: number;

  @Field(() => Int, { nullable: true, description: 'PER_MINUTE: maximum minutes.' })
  maxMinutes?: number;

  @Field(() => Int, { nullable: true, description: 'PER_SESSION and FREE: session length in minutes.' })
  durationMinutes?: number;
}

@InputType({ description: 'One offering in an application.' })
export class OfferingInput {
  @Field(() => ID, { nullable: true, description: 'The published offering this changes; omit for a new one.' })
  id?: string;

  @Field(() => String, { description: 'Title, 5 to 120 characters, without contact details.' })
  title!: string;

  @Field(() => String, { description: 'What the session covers, 20 to 4000 characters, without contact details.' })
  description!: string;

  @Field(() => ID, { description: 'The category it belongs to.' })
  categoryId!: string;

  @Field(() => [String], { description: 'ISO 639 codes of the languages the session can be held in.' })
  languages!: string[];

  @Field(() => PriceInput, { description: 'The price.' })
  price!: PriceInput;

  @Field(() => CancellationPolicy, { description: 'The cancellation policy.' })
  cancellationPolicy!: PolicyName;
}

@ObjectType({ description: 'An offering as written in an application (not necessarily published).' })
export class OfferingDraft {
  @Field(() => ID, { nullable: true, description: 'The published offering this changes, if any.' })
  id!: string | null;

  @Field(() => String, { description: 'Title.' })
  title!: string;

  @Field(() => String, { description: 'Description.' })
  description!: string;

  @Field(() => ID, { description: 'Category id.' })
  categoryId!: string;

  @Field(() => [String], { description: 'ISO 639 language codes.' })
  languages!: string[];

  @Field(() => Price, { description: 'The price.' })
  price!: Price;

  @Field(() => CancellationPolicy, { description: 'The cancellation policy.' })
  cancellationPolicy!: PolicyName;
}
