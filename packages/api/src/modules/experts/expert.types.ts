import { Field, GraphQLISODateTime, ID, InputType, ObjectType, createUnionType, registerEnumType } from 'type-graphql';
import { InvalidInputError } from '../../platform/graphql/domain-error';
import { ConnectionType } from '../../platform/graphql/connection';
import { CancellationPolicy, Price } from './offering.types';
import type { CancellationPolicy as PolicyName } from './application.content';

export enum ExpertStatus {
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  DELETED = 'DELETED',
}
registerEnumType(ExpertStatus, {
  name: 'ExpertStatus',
  description: 'Whether an approved expert is visible.',
  valuesConfig: {
    ACTIVE: { description: 'Public.' },
    SUSPENDED: { description: 'Hidden by an admin.' },
    DELETED: { description: 'The expert deleted their account: the profile is emptied and hidden for good, and cannot be reinstated.' },
  },
});

export enum OfferingStatus {
  PUBLISHED = 'PUBLISHED',
  UNPUBLISHED = 'UNPUBLISHED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(OfferingStatus, {
  name: 'OfferingStatus',
  description: 'Whether an offering is visible.',
  valuesConfig: {
    PUBLISHED: { description: 'Public.' },
    UNPUBLISHED: { description: 'Hidden by an admin.' },
    WITHDRAWN: { description: 'Removed by the expert in an approved edit.' },
  },
});

@ObjectType({ description: 'An approved expert’s public profile.' })
export class Expert {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: string;

  @Field(() => String, { description: 'URL name: /experts/<slug>.' })
  slug!: string;

  @Field(() => String, { description: 'Name shown to users.' })
  displayName!: string;

  @Field(() => String, { description: 'One line saying what the expert helps with.' })
  headline!: string;

  @Field(() => String, { description: 'About the expert.' })
  bio!: string;

  @Field(() => [String], { description: 'Skills, as tags.' })
  skills!: string[];

  @Field(() => [String], { description: 'ISO 639 codes of the languages spoken.' })
  languages!: string[];

  @Field(() => String, { description: 'ISO 3166 country code.' })
  country!: string;

  @Field(() => String, { description: 'IANA time zone the expert works in.' })
  timeZone!: string;

  @Field(() => ExpertStatus, { description: 'ACTIVE, or SUSPENDED or DELETED (seen only by the expert and admins).' })
  status!: ExpertStatus;

  @Field(() => GraphQLISODateTime, { description: 'When the expert was first approved.' })
  memberSince!: Date;

  userId!: string;
}

@ObjectType({ description: 'A published offering (“helpout”): what an expert helps with, at what price.' })
export class Offering {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: string;

  @Field(() => String, { description: 'URL name, unique for its expert: /experts/<expert>/<slug>.' })
  slug!: string;

  @Field(() => String, { description: 'Title.' })
  title!: string;

  @Field(() => String, { description: 'What the session covers.' })
  description!: string;

  @Field(() => [String], { description: 'ISO 639 codes of the languages the session can be held in.' })
  languages!: string[];

  @Field(() => Price, { description: 'The price.' })
  price!: Price;

  @Field(() => CancellationPolicy, { description: 'What a user gets back when cancelling.' })
  cancellationPolicy!: PolicyName;

  @Field(() => OfferingStatus, { description: 'PUBLISHED for everyone; other statuses are seen by the expert and admins only.' })
  status!: OfferingStatus;

  expertId!: string;
  categoryId!: string;
}

export const ExpertConnection = ConnectionType(Expert, 'Expert', 'expert');

@InputType({ description: 'An admin action on an expert.' })
export class ExpertModerationInput {
  @Field(() => ID, { description: 'The expert.' })
  expertId!: string;

  @Field(() => String, { nullable: true, description: 'Why; required to suspend.' })
  reason?: string;
}

@InputType({ description: 'An admin action on an offering.' })
export class OfferingModerationInput {
  @Field(() => ID, { description: 'The offering.' })
  offeringId!: string;

  @Field(() => String, { nullable: true, description: 'Why; required to unpublish.' })
  reason?: string;
}

@ObjectType({ description: 'The expert, after the change.' })
export class ExpertSuccess {
  @Field(() => Expert, { description: 'The expert as it is now.' })
  expert!: Expert;
}

@ObjectType({ description: 'The offering, after the change.' })
export class OfferingSuccess {
  @Field(() => Offering, { description: 'The offering as it is now.' })
  offering!: Offering;
}

export const ExpertResult = createUnionType({
  name: 'ExpertResult',
  description: 'Outcome of an admin action on an expert.',
  types: () => [ExpertSuccess, InvalidInputError] as const,
});

export const OfferingResult = createUnionType({
  name: 'OfferingResult',
  description: 'Outcome of an admin action on an offering.',
  types: () => [OfferingSuccess, InvalidInputError] as const,
});
