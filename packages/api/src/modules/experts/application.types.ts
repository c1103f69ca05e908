import { ErrorCode } from '../../error-codes';
import { EmailNotVerifiedError } from '../identity/identity.types';
import { TaxProfileRequiredError } from '../tax/tax-profile.types';
import { Field, GraphQLISODateTime, ID, InputType, ObjectType, createUnionType, registerEnumType } from 'type-graphql';
import { DomainError, InvalidInputError } from '../../platform/graphql/domain-error';
import { ConnectionType } from '../../platform/graphql/connection';
import type { ApplicationStatus as StatusName } from './expert.table';
import { OfferingDraft, OfferingInput } from './offering.types';

export enum ApplicationStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  CHANGES_REQUESTED = 'CHANGES_REQUESTED',
}
registerEnumType(ApplicationStatus, {
  name: 'ApplicationStatus',
  description: 'Where an expert application stands: DRAFT → SUBMITTED → APPROVED | REJECTED | CHANGES_REQUESTED.',
  valuesConfig: {
    DRAFT: { description: 'Being written; only the applicant sees it.' },
    SUBMITTED: { description: 'Waiting in the moderation queue.' },
    APPROVED: { description: 'Published.' },
    REJECTED: { description: 'Refused; the reviewer’s reason says why.' },
    CHANGES_REQUESTED: { description: 'The reviewer asks for changes before approving.' },
  },
});

export enum ApplicationKind {
  INITIAL = 'INITIAL',
  EDIT = 'EDIT',
}
registerEnumType(ApplicationKind, {
  name: 'ApplicationKind',
  description: 'A first application, or an edit of a published profile.',
  valuesConfig: {
    INITIAL: { description: 'Becoming an expert.' },
    EDIT: { description: 'Changing a published profile or its offerings; the approved version stays online meanwhile.' },
  },
});

@ObjectType({ description: 'The profile and offerings an application asks to publish. Fields may be missing in a draft.' })
export class ApplicationContent {
  @Field(() => String, { nullable: true, description: 'Name shown to users.' })
  displayName!: string | null;

  @Field(() => String, { nullable: true, description: 'One-line headline.' })
  headline!: string | null;

  @Field(() => String, { nullable: true, description: 'About the applicant.' })
  bio!: string | null;

  @Field(() => [String], { description: 'Skills, as tags.' })
  skills!: string[];

  @Field(() => [ID], { description: 'Chosen category ids.' })
  categoryIds!: string[];

  @Field(() => [String], { description: 'ISO 639 codes of the languages spoken.' })
  languages!: string[];

  @Field(() => String, { nullable: true, description: 'ISO 3166 country code.' })
  country!: string | null;

  @Field(() => String, { nullable: true, description: 'IANA time zone.' })
  timeZone!: string | null;

  @Field(() => Boolean, { description: 'The applicant confirmed being 18 or older.' })
  adultConfirmed!: boolean;

  @Field(() => [OfferingDraft], { description: 'The offerings.' })
  offerings!: OfferingDraft[];
}

@ObjectType({ description: 'A request to become an expert, or to change a published profile.' })
export class ExpertApplication {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: string;

  @Field(() => ApplicationKind, { description: 'First application or edit.' })
  kind!: ApplicationKind;

  @Field(() => ApplicationStatus, { description: 'Where it stands.' })
  status!: StatusName;

  @Field(() => ApplicationContent, { description: 'What it asks to publish.' })
  content!: ApplicationContent;

  @Field(() => String, { nullable: true, description: 'The reviewer’s reason, shown to the applicant.' })
  reviewerReason!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it entered the moderation queue.' })
  submittedAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was decided.' })
  reviewedAt!: Date | null;

  @Field(() => GraphQLISODateTime, { description: 'When it was last changed.' })
  updatedAt!: Date;

  userId!: string;
}

export const ExpertApplicationConnection = ConnectionType(ExpertApplication, 'ExpertApplication', 'expert application');

@InputType({
  description: 'The profile and offerings to save in the applicant’s draft. Everything is checked; nothing is required until submission.',
})
export class SaveApplicationInput {
  @Field(() => String, { nullable: true, description: 'Name shown to users (2 to 80 characters).' })
  displayName?: string;

  @Field(() => String, { nullable: true, description: 'One line saying what you help with (10 to 120 characters).' })
  headline?: string;

  @Field(() => String, { nullable: true, description: 'About you (50 to 4000 characters), without contact details.' })
  bio?: string;

  @Field(() => [String], { nullable: true, description: 'Up to 20 skills.' })
  skills?: string[];

  @Field(() => [ID], { nullable: true, description: '1 to 5 category ids.' })
  categoryIds?: string[];

  @Field(() => [String], { nullable: true, description: 'ISO 639 codes of the languages you speak.' })
  languages?: string[];

  @Field(() => String, { nullable: true, description: 'ISO 3166 country code.' })
  country?: string;

  @Field(() => String, { nullable: true, description: 'IANA time zone.' })
  timeZone?: string;

  @Field(() => Boolean, { nullable: true, description: 'You confirm you are 18 or older.' })
  adultConfirmed?: boolean;

  @Field(() => [OfferingInput], { nullable: true, description: '1 to 10 offerings.' })
  offerings?: OfferingInput[];

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Check the draft as submission will (every missing field at once) and save it only if it passes: what a "submit" button sends before `submitApplication`.',
  })
  forSubmission?: boolean;
}

@InputType({ description: 'An application to act on.' })
export class ApplicationIdInput {
  @Field(() => ID, { description: 'The application.' })
  applicationId!: string;
}

@InputType({ description: 'A moderation decision with the reason the applicant will read.' })
export class DecideApplicationInput {
  @Field(() => ID, { description: 'The application.' })
  applicationId!: string;

  @Field(() => String, { nullable: true, description: 'Required to reject or to request changes; optional to approve.' })
  reason?: string;
}

@ObjectType({ implements: DomainError, description: 'The application is not in a status that allows this.' })
export class InvalidTransitionError extends DomainError {
  override readonly code = ErrorCode.INVALID_TRANSITION;

  @Field(() => ApplicationStatus, { description: 'The status it is in.' })
  from!: StatusName;

  @Field(() => ApplicationStatus, { description: 'The status asked for.' })
  to!: StatusName;
}

@ObjectType({ description: 'The application, after the change.' })
export class ApplicationSuccess {
  @Field(() => ExpertApplication, { description: 'The application as it is now.' })
  application!: ExpertApplication;
}

export const ApplicationResult = createUnionType({
  name: 'ApplicationResult',
  description: 'Outcome of a change to an expert application.',
  types: () => [ApplicationSuccess, InvalidInputError, InvalidTransitionError, EmailNotVerifiedError, TaxProfileRequiredError] as const,
});
