import { ErrorCode } from '../../error-codes';
import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, createUnionType, registerEnumType } from 'type-graphql';
import { DomainError, InvalidInputError } from '../../platform/graphql/domain-error';
import type { Role as RoleName } from '../../platform/context';
import type { Locale as LocaleName } from './identity.policy';
import { PasswordSignUpDisabledError } from './oidc/oidc.types';

export enum Role {
  USER = 'USER',
  EXPERT = 'EXPERT',
  ADMIN = 'ADMIN',
}
registerEnumType(Role, {
  name: 'Role',
  description: 'What an account may do: every account is a USER; EXPERT and ADMIN are granted.',
  valuesConfig: {
    USER: { description: 'Can find experts, book and review sessions.' },
    EXPERT: { description: 'An approved expert who offers help.' },
    ADMIN: { description: 'Moderates the platform.' },
  },
});

export enum Locale {
  en = 'en',
  fr = 'fr',
}
registerEnumType(Locale, {
  name: 'Locale',
  description: 'A language of the interface and of emails.',
  valuesConfig: { en: { description: 'English.' }, fr: { description: 'French.' } },
});

@ObjectType({ description: 'A person with an account.' })
export class User {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: string;

  @Field(() => String, { description: 'The name shown to others.' })
  displayName!: string;

  /** Resolved by the resolver: visible to the account owner and admins only. */
  email!: string;

  /** Resolved by the resolver (owner and admins only): whether the address is confirmed. */
  emailVerified!: boolean;

  @Field(() => [Role], { description: 'Granted roles.' })
  roles!: RoleName[];

  @Field(() => Locale, { description: 'Preferred language for the interface and emails.' })
  locale!: LocaleName;

  @Field(() => String, { description: 'IANA time zone used to show times (e.g. Europe/Paris).' })
  timeZone!: string;

  @Field(() => GraphQLISODateTime, { description: 'When the account was created.' })
  createdAt!: Date;

  @Field(() => Boolean, {
    description: 'True once the person deleted their account: the name is then a neutral marker (show it as “Deleted user”).',
  })
  deleted!: boolean;
}

@InputType({ description: 'A new account.' })
export class SignUpInput {
  @Field(() => String, { description: 'Email address; unique regardless of case.' })
  email!: string;

  @Field(() => String, { description: 'At least 10 characters.' })
  password!: string;

  @Field(() => String, { description: 'The name shown to others (1 to 80 characters), without contact details.' })
  displayName!: string;

  @Field(() => Locale, { nullable: true, description: 'Preferred language; defaults to en.' })
  locale?: LocaleName;

  @Field(() => String, { nullable: true, description: 'IANA time zone; defaults to UTC.' })
  timeZone?: string;
}

@InputType({ description: 'Credentials to sign in with.' })
export class SignInInput {
  @Field(() => String, { description: 'Email address of the account, in any case.' })
  email!: string;

  @Field(() => String, { description: 'The account password.' })
  password!: string;
}

@InputType({ description: 'A password change by a signed-in user.' })
export class ChangePasswordInput {
  @Field(() => String, { description: 'The password in use now.' })
  currentPassword!: string;

  @Field(() => String, { description: 'The new password, at least 10 characters.' })
  newPassword!: string;
}

@InputType({ description: 'Ask for a password reset link by email.' })
export class RequestPasswordResetInput {
  @Field(() => String, { description: 'Email address of the account.' })
  email!: string;
}

@InputType({ description: 'Set a new password with the token from a reset email.' })
export class ResetPasswordInput {
  @Field(() => String, { description: 'The token from the emailed link.' })
  token!: string;

  @Field(() => String, { description: 'The new password, at least 10 characters.' })
  newPassword!: string;
}

@InputType({ description: 'Changes to the signed-in account; omitted fields stay as they are.' })
export class UpdateAccountInput {
  @Field(() => String, { nullable: true, description: 'The name shown to others (1 to 80 characters), without contact details.' })
  displayName?: string;

  @Field(() => Locale, { nullable: true, description: 'Preferred language for the interface and emails.' })
  locale?: LocaleName;

  @Field(() => String, { nullable: true, description: 'IANA time zone.' })
  timeZone?: string;
}

@InputType({ description: 'Confirm an email address with the token from the emailed link.' })
export class VerifyEmailInput {
  @Field(() => String, { description: 'The token from the emailed link.' })
  token!: string;
}

@InputType({ description: 'Move the signed-in account to another email address, once the new address is confirmed.' })
export class RequestEmailChangeInput {
  @Field(() => String, { description: 'The new address; a confirmation link is sent there.' })
  newEmail!: string;

  @Field(() => String, { description: 'The password in use now.' })
  currentPassword!: string;
}

@ObjectType({ description: 'The email address is confirmed.' })
export class VerifyEmailSuccess {
  @Field(() => String, { description: 'The address now confirmed.' })
  email!: string;

  @Field(() => Boolean, { description: 'True when the link was an email change: the address replaced the account’s previous one.' })
  changed!: boolean;
}

@ObjectType({ description: 'A new confirmation link was sent to the account’s address.' })
export class ResendVerificationSuccess {
  @Field(() => String, { description: 'Where the link was sent.' })
  sentTo!: string;
}

@ObjectType({ description: 'A confirmation link was sent to the new address; the account keeps its address until it is followed.' })
export class RequestEmailChangeSuccess {
  @Field(() => String, { description: 'The address waiting for confirmation.' })
  pendingEmail!: string;
}

@ObjectType({ description: 'The account was created and the browser is signed in.' })
export class SignUpSuccess {
  @Field(() => User, { description: 'The account, as it is now.' })
  user!: User;
}

@ObjectType({ description: 'The browser is signed in.' })
export class SignInSuccess {
  @Field(() => User, { description: 'The account, as it is now.' })
  user!: User;
}

@ObjectType({ description: 'The password was changed; other sessions were signed out.' })
export class ChangePasswordSuccess {
  @Field(() => User, { description: 'The account, as it is now.' })
  user!: User;
}

@ObjectType({ description: 'The password was reset; every other session was signed out and this browser is signed in.' })
export class ResetPasswordSuccess {
  @Field(() => User, { description: 'The account, as it is now.' })
  user!: User;
}

@ObjectType({ description: 'The account was updated.' })
export class UpdateAccountSuccess {
  @Field(() => User, { description: 'The account, as it is now.' })
  user!: User;
}

@ObjectType({ description: 'If an account exists for this email, a reset link was sent to it.' })
export class RequestPasswordResetSuccess {
  @Field(() => Boolean, { description: 'Always true: the answer does not reveal whether the account exists.' })
  accepted!: boolean;
}

@ObjectType({ description: 'The outcome of signing out.' })
export class SignOutPayload {
  @Field(() => Boolean, { description: 'True once this browser holds no session.' })
  signedOut!: boolean;
}

@ObjectType({ implements: DomainError, description: 'The email and password do not match an account.' })
export class InvalidCredentialsError extends DomainError {
  override readonly code = ErrorCode.INVALID_CREDENTIALS;
}

@ObjectType({ implements: DomainError, description: 'Too many attempts; try again after `retryAfterSeconds`.' })
export class RateLimitedError extends DomainError {
  override readonly code = ErrorCode.RATE_LIMITED;

  @Field(() => Int, { description: 'Seconds to wait before the next attempt.' })
  retryAfterSeconds!: number;
}

@ObjectType({
  implements: DomainError,
  description: 'The account must confirm its email address first (booking, paying, applying as an expert, creating API keys).',
})
export class EmailNotVerifiedError extends DomainError {
  override readonly code = ErrorCode.EMAIL_NOT_VERIFIED;
}

@ObjectType({ implements: DomainError, description: 'The email address is already confirmed.' })
export class EmailAlreadyVerifiedError extends DomainError {
  override readonly code = ErrorCode.EMAIL_ALREADY_VERIFIED;
}

@ObjectType({ implements: DomainError, description: 'The confirmation link expired; ask for a new one.' })
export class VerificationLinkExpiredError extends DomainError {
  override readonly code = ErrorCode.VERIFICATION_LINK_EXPIRED;
}

@ObjectType({ implements: DomainError, description: 'The confirmation link is unknown or already used.' })
export class VerificationLinkInvalidError extends DomainError {
  override readonly code = ErrorCode.VERIFICATION_LINK_INVALID;
}

export const SignUpResult = createUnionType({
  name: 'SignUpResult',
  description: 'Outcome of signUp.',
  types: () => [SignUpSuccess, PasswordSignUpDisabledError, RateLimitedError, InvalidInputError] as const,
});
export const VerifyEmailResult = createUnionType({
  name: 'VerifyEmailResult',
  description: 'Outcome of verifyEmail.',
  types: () => [VerifyEmailSuccess, VerificationLinkExpiredError, VerificationLinkInvalidError, InvalidInputError] as const,
});
export const ResendVerificationResult = createUnionType({
  name: 'ResendVerificationResult',
  description: 'Outcome of resendVerification.',
  types: () => [ResendVerificationSuccess, EmailAlreadyVerifiedError, RateLimitedError] as const,
});
export const RequestEmailChangeResult = createUnionType({
  name: 'RequestEmailChangeResult',
  description: 'Outcome of requestEmailChange.',
  types: () => [RequestEmailChangeSuccess, RateLimitedError, InvalidInputError] as const,
});
export const SignInResult = createUnionType({
  name: 'SignInResult',
  description: 'Outcome of signIn.',
  types: () => [SignInSuccess, InvalidCredentialsError, RateLimitedError, InvalidInputError] as const,
});
export const ChangePasswordResult = createUnionType({
  name: 'ChangePasswordResult',
  description: 'Outcome of changePassword.',
  types: () => [ChangePasswordSuccess, RateLimitedError, InvalidInputError] as const,
});
export const RequestPasswordResetResult = createUnionType({
  name: 'RequestPasswordResetResult',
  description: 'Outcome of requestPasswordReset.',
  types: () => [RequestPasswordResetSuccess, RateLimitedError, InvalidInputError] as const,
});
export const ResetPasswordResult = createUnionType({
  name: 'ResetPasswordResult',
  description: 'Outcome of resetPassword.',
  types: () => [ResetPasswordSuccess, InvalidInputError] as const,
});
export const UpdateAccountResult = createUnionType({
  name: 'UpdateAccountResult',
  description: 'Outcome of updateAccount.',
  types: () => [UpdateAccountSuccess, InvalidInputError] as const,
});
