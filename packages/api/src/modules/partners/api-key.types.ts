import { ErrorCode } from '../../error-codes';
import { EmailNotVerifiedError } from '../identity/identity.types';
import { Field, GraphQLISODateTime, ID, InputType, ObjectType, createUnionType, registerEnumType } from 'type-graphql';
import { DomainError, InvalidInputError } from '../../platform/graphql/domain-error';

export enum ApiKeyScope {
  CATALOG_READ = 'CATALOG_READ',
  SEARCH = 'SEARCH',
  BOOKINGS_READ = 'BOOKINGS_READ',
  WEBHOOKS_READ = 'WEBHOOKS_READ',
  MESSAGES = 'MESSAGES',
}
registerEnumType(ApiKeyScope, {
  name: 'ApiKeyScope',
  description:
    'What a partner API key may reach. Each root field open to keys says in its description which scope it needs; what a root field returns comes with its public fields (an expert found by search with their offerings, as on the website).',
  valuesConfig: {
    CATALOG_READ: { description: 'Read the catalogue: categories, experts and their offerings.' },
    SEARCH: { description: 'Search experts and get suggestions; the experts found come with their public profile and offerings.' },
    BOOKINGS_READ: { description: 'Read the bookings of the key’s owner.' },
    WEBHOOKS_READ: { description: 'Read the owner’s webhook subscriptions and deliveries.' },
    MESSAGES: { description: 'Read and send the owner’s messages, under the same rules as on the website.' },
  },
});

@ObjectType({
  description:
    'A partner API key, sent as `Authorization: Bearer skc_…`. Its secret is shown once, when it is created; lists show its first characters only.',
})
export class ApiKey {
  @Field(() => ID, { description: 'The key’s id.' })
  id!: string;

  @Field(() => String, { description: 'The owner’s name for it (e.g. the app that uses it).' })
  name!: string;

  @Field(() => String, { description: 'The secret’s first characters (e.g. `skc_AbC1xY`), to tell keys apart.' })
  prefix!: string;

  @Field(() => [ApiKeyScope], { description: 'What the key may reach.' })
  scopes!: ApiKeyScope[];

  @Field(() => GraphQLISODateTime, { description: 'When it was created.' })
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was last used (to the minute); null if never.' })
  lastUsedAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was revoked; null while it works.' })
  revokedAt!: Date | null;
}

@ObjectType({ description: 'The new key, with its secret: shown this once, never again.' })
export class CreateApiKeySuccess {
  @Field(() => ApiKey, { description: 'The key.' })
  apiKey!: ApiKey;

  @Field(() => String, { description: 'The whole secret (`skc_…`). Only its hash is stored: copy it now.' })
  secret!: string;
}

@ObjectType({ implements: DomainError, description: 'The owner has as many live keys as allowed; revoke one first.' })
export class ApiKeyLimitReachedError extends DomainError {
  override readonly code = ErrorCode.API_KEY_LIMIT_REACHED;
}

@ObjectType({ description: 'The revoked key.' })
export class RevokeApiKeyPayload {
  @Field(() => ApiKey, { description: 'The key, with the time it was revoked.' })
  apiKey!: ApiKey;
}

@InputType({ description: 'A new API key.' })
export class CreateApiKeyInput {
  @Field(() => String, { description: 'A name for it, 1 to 80 characters (e.g. the app that uses it).' })
  name!: string;

  @Field(() => [ApiKeyScope], { description: 'What it may reach: at least one scope.' })
  scopes!: ApiKeyScope[];
}

@InputType({ description: 'The key to revoke.' })
export class RevokeApiKeyInput {
  @Field(() => ID, { description: 'One of the viewer’s keys.' })
  id!: string;
}

export const CreateApiKeyResult = createUnionType({
  name: 'CreateApiKeyResult',
  description: 'The new key and its secret, or why it was refused.',
  types: () => [CreateApiKeySuccess, InvalidInputError, ApiKeyLimitReachedError, EmailNotVerifiedError] as const,
});
