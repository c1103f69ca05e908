import { LastSignInMethodError } from '../sign-in-methods.types';
import { ErrorCode } from '../../../error-codes';
import { Field, GraphQLISODateTime, ID, InputType, ObjectType, createUnionType } from 'type-graphql';
import { DomainError, InvalidInputError } from '../../../platform/graphql/domain-error';

@ObjectType({ description: 'An OpenID Connect provider people can sign in with (Google, a school’s single sign-on…).' })
export class IdentityProvider {
  @Field(() => ID, { description: 'The provider’s id in this site’s configuration.' })
  id!: string;

  @Field(() => String, { description: 'The name to show: “Continue with <name>”.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'An image to show beside the name (a data: URI or a path on this site).' })
  iconUrl!: string | null;

  @Field(() => String, {
    description:
      'The path a browser opens to sign in with this provider (a plain HTTP route, not GraphQL); add `?next=/path` to come back there.',
  })
  signInPath!: string;
}

@ObjectType({ description: 'How people may sign in and create accounts on this site.' })
export class SignInOptions {
  @Field(() => Boolean, { description: 'False when accounts are created through the providers only (PASSWORD_SIGNUP=off).' })
  passwordSignUp!: boolean;

  @Field(() => [IdentityProvider], { description: 'The configured providers, in configuration order; empty when none.' })
  providers!: IdentityProvider[];
}

@ObjectType({ description: 'A provider account linked to the signed-in account.' })
export class LinkedIdentity {
  @Field(() => String, { description: 'The provider’s id.' })
  providerId!: string;

  @Field(() => IdentityProvider, { nullable: true, description: 'The provider; null when it is no longer configured here.' })
  provider!: IdentityProvider | null;

  @Field(() => String, { nullable: true, description: 'The address the provider gave when last used.' })
  email!: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When it was linked.' })
  linkedAt!: Date;

  @Field(() => GraphQLISODateTime, { description: 'When it was last used to sign in or link.' })
  lastUsedAt!: Date;
}

@ObjectType({ description: 'The ways the signed-in account can be signed in to.' })
export class SignInMethods {
  @Field(() => Boolean, { description: 'Whether the account has a password (one can be set with a reset link).' })
  hasPassword!: boolean;

  @Field(() => [LinkedIdentity], { description: 'The provider accounts linked, oldest first.' })
  identities!: LinkedIdentity[];

  @Field(() => [IdentityProvider], { description: 'The configured providers not linked yet.' })
  linkable!: IdentityProvider[];
}

@InputType({ description: 'The provider to unlink from the signed-in account.' })
export class UnlinkIdentityInput {
  @Field(() => String, { description: 'The provider’s id (`LinkedIdentity.providerId`).' })
  providerId!: string;
}

@ObjectType({ description: 'The provider was unlinked.' })
export class UnlinkIdentitySuccess {
  @Field(() => SignInMethods, { description: 'The ways in that remain.' })
  methods!: SignInMethods;
}

@ObjectType({ implements: DomainError, description: 'Accounts are created through the sign-in providers only on this site.' })
export class PasswordSignUpDisabledError extends DomainError {
  override readonly code = ErrorCode.PASSWORD_SIGN_UP_DISABLED;
}

export const UnlinkIdentityResult = createUnionType({
  name: 'UnlinkIdentityResult',
  description: 'Outcome of unlinkIdentity.',
  types: () => [UnlinkIdentitySuccess, LastSignInMethodError, InvalidInputError] as const,
});
