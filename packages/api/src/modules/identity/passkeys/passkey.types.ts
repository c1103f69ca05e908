import { LastSignInMethodError } from '../sign-in-methods.types';
import { Field, GraphQLISODateTime, ID, InputType, ObjectType, createUnionType } from 'type-graphql';
import { ErrorCode } from '../../../error-codes';
import { DomainError, InvalidInputError } from '../../../platform/graphql/domain-error';
import { RateLimitedError, SignInSuccess } from '../identity.types';

@ObjectType({
  description: 'A passkey of the signed-in account: a key held by a device or a password manager that signs in without a password.',
})
export class Passkey {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: string;

  @Field(() => String, { description: 'The name the person gave it (e.g. the device that holds it).' })
  name!: string;

  @Field(() => GraphQLISODateTime, { description: 'When it was added.' })
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it last signed in; null if never.' })
  lastUsedAt!: Date | null;

  @Field(() => Boolean, {
    description:
      'True when the passkey is synced (backed up by a password manager or the platform), so losing one device does not lose it.',
  })
  backedUp!: boolean;
}

@ObjectType({ description: 'What the browser needs to create or use a passkey, valid once and for a few minutes.' })
export class PasskeyOptions {
  @Field(() => ID, { description: 'Names this request when the browser’s answer is sent back.' })
  challengeId!: string;

  @Field(() => String, {
    description:
      'The WebAuthn options as JSON text (PublicKeyCredentialCreationOptionsJSON or PublicKeyCredentialRequestOptionsJSON): pass them parsed to `@simplewebauthn/browser` as `optionsJSON`.',
  })
  optionsJson!: string;
}

@InputType({ description: 'The browser’s answer to a passkey registration, and the name to give the passkey.' })
export class FinishPasskeyRegistrationInput {
  @Field(() => ID, { description: 'The `challengeId` of the options the browser answered.' })
  challengeId!: string;

  @Field(() => String, { description: 'The RegistrationResponseJSON from `startRegistration`, as JSON text.' })
  response!: string;

  @Field(() => String, { description: 'A name for the passkey (1 to 60 characters), e.g. the device that holds it.' })
  name!: string;
}

@InputType({ description: 'The browser’s answer to a passkey sign-in.' })
export class FinishPasskeySignInInput {
  @Field(() => ID, { description: 'The `challengeId` of the options the browser answered.' })
  challengeId!: string;

  @Field(() => String, { description: 'The AuthenticationResponseJSON from `startAuthentication`, as JSON text.' })
  response!: string;
}

@InputType({ description: 'A new name for one of the viewer’s passkeys.' })
export class RenamePasskeyInput {
  @Field(() => ID, { description: 'The passkey.' })
  id!: string;

  @Field(() => String, { description: 'The new name (1 to 60 characters).' })
  name!: string;
}

@InputType({ description: 'One of the viewer’s passkeys to remove.' })
export class RemovePasskeyInput {
  @Field(() => ID, { description: 'The passkey.' })
  id!: string;
}

@ObjectType({ description: 'The passkey was added to the account.' })
export class FinishPasskeyRegistrationSuccess {
  @Field(() => Passkey, { description: 'The new passkey.' })
  passkey!: Passkey;
}

@ObjectType({ description: 'The passkey was renamed.' })
export class RenamePasskeySuccess {
  @Field(() => Passkey, { description: 'The passkey, as it is now.' })
  passkey!: Passkey;
}

@ObjectType({ description: 'The passkey was removed: it no longer signs in.' })
export class RemovePasskeySuccess {
  @Field(() => ID, { description: 'The id of the removed passkey.' })
  removedPasskeyId!: string;
}

@ObjectType({ implements: DomainError, description: 'The passkey the browser offered is not registered here.' })
export class UnknownPasskeyError extends DomainError {
  override readonly code = ErrorCode.PASSKEY_UNKNOWN;
}

@ObjectType({ implements: DomainError, description: 'The browser’s answer did not prove possession of the passkey.' })
export class PasskeyVerificationFailedError extends DomainError {
  override readonly code = ErrorCode.PASSKEY_VERIFICATION_FAILED;
}

@ObjectType({ implements: DomainError, description: 'The passkey request expired or was already used; ask for new options.' })
export class PasskeyChallengeExpiredError extends DomainError {
  override readonly code = ErrorCode.PASSKEY_CHALLENGE_EXPIRED;
}

export const StartPasskeySignInResult = createUnionType({
  name: 'StartPasskeySignInResult',
  description: 'Outcome of startPasskeySignIn.',
  types: () => [PasskeyOptions, RateLimitedError] as const,
});
export const FinishPasskeyRegistrationResult = createUnionType({
  name: 'FinishPasskeyRegistrationResult',
  description: 'Outcome of finishPasskeyRegistration.',
  types: () => [FinishPasskeyRegistrationSuccess, PasskeyVerificationFailedError, PasskeyChallengeExpiredError, InvalidInputError] as const,
});
export const FinishPasskeySignInResult = createUnionType({
  name: 'FinishPasskeySignInResult',
  description: 'Outcome of finishPasskeySignIn.',
  types: () =>
    [
      SignInSuccess,
      UnknownPasskeyError,
      PasskeyVerificationFailedError,
      PasskeyChallengeExpiredError,
      RateLimitedError,
      InvalidInputError,
    ] as const,
});
export const RenamePasskeyResult = createUnionType({
  name: 'RenamePasskeyResult',
  description: 'Outcome of renamePasskey.',
  types: () => [RenamePasskeySuccess, InvalidInputError] as const,
});
export const RemovePasskeyResult = createUnionType({
  name: 'RemovePasskeyResult',
  description: 'Outcome of removePasskey.',
  types: () => [RemovePasskeySuccess, LastSignInMethodError] as const,
});
