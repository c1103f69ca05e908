import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, createUnionType, registerEnumType } from 'type-graphql';
import { InvalidInputError } from '../../platform/graphql/domain-error';
import { RateLimitedError } from '../identity/identity.types';

export enum DataExportStatus {
  REQUESTED = 'REQUESTED',
  READY = 'READY',
  FAILED = 'FAILED',
  EXPIRED = 'EXPIRED',
}
registerEnumType(DataExportStatus, {
  name: 'DataExportStatus',
  description: 'Where a data export stands.',
  valuesConfig: {
    REQUESTED: { description: 'Being prepared (usually within a minute); an email says when it is ready.' },
    READY: { description: 'Ready to download until `expiresAt`.' },
    FAILED: { description: 'It could not be prepared; ask for a new one.' },
    EXPIRED: { description: 'Its time is up and the file was deleted; ask for a new one.' },
  },
});

@ObjectType({ description: 'A copy of everything the viewer owns or took part in, as a ZIP of JSON files.' })
export class DataExport {
  @Field(() => ID, { description: 'The export’s id.' })
  id!: string;

  @Field(() => DataExportStatus, { description: 'Where it stands.' })
  status!: DataExportStatus;

  @Field(() => GraphQLISODateTime, { description: 'When it was asked for.' })
  requestedAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it became ready.' })
  readyAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Until when it can be downloaded (48 hours after it became ready).' })
  expiresAt!: Date | null;

  @Field(() => Int, { nullable: true, description: 'The ZIP’s size in bytes, once ready.' })
  sizeBytes!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Where to download the ZIP, relative to the API’s origin, with the browser session that asked for it; null unless READY.',
  })
  downloadUrl!: string | null;
}

@ObjectType({ description: 'The export asked for (or the one already in preparation).' })
export class RequestDataExportPayload {
  @Field(() => DataExport, { description: 'The export.' })
  dataExport!: DataExport;
}

@ObjectType({ description: 'What deleting the viewer’s account would do, shown before they confirm.' })
export class AccountDeletionTerms {
  @Field(() => Int, { description: 'How many upcoming bookings (as the user or as the expert) would be cancelled, with their refunds.' })
  upcomingBookings!: number;

  @Field(() => Boolean, { description: 'Whether the viewer has an expert profile, which would be removed from the site and search.' })
  expert!: boolean;
}

@InputType({ description: 'Delete the viewer’s account, for good.' })
export class DeleteAccountInput {
  @Field(() => String, {
    nullable: true,
    description: 'The account’s current password; may be left out when this browser signed in with a passkey in the last 10 minutes.',
  })
  password?: string | null;

  @Field(() => String, { description: 'The account’s email address typed again, to confirm (case does not matter).' })
  confirmation!: string;
}

@ObjectType({ description: 'The account was deleted and the viewer signed out.' })
export class DeleteAccountSuccess {
  @Field(() => Int, { description: 'How many upcoming bookings were cancelled (refunds follow their policies).' })
  cancelledBookings!: number;
}

export const DeleteAccountResult = createUnionType({
  name: 'DeleteAccountResult',
  description: 'The deletion, or why it was refused (nothing was changed).',
  types: () => [DeleteAccountSuccess, InvalidInputError, RateLimitedError] as const,
});
