import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context, SignedInContext } from '../../platform/context';
import { PartnerScope, Public, SignedIn } from '../../platform/graphql/access';
import {
  ChangePasswordInput,
  RequestEmailChangeInput,
  RequestEmailChangeResult,
  ResendVerificationResult,
  VerifyEmailInput,
  VerifyEmailResult,
  ChangePasswordResult,
  RequestPasswordResetInput,
  RequestPasswordResetResult,
  ResetPasswordInput,
  ResetPasswordResult,
  SignInInput,
  SignInResult,
  SignOutPayload,
  SignUpInput,
  SignUpResult,
  UpdateAccountInput,
  UpdateAccountResult,
  User,
} from './identity.types';
import * as identity from './identity.service';
import * as verification from './email-verification.service';

/** The account's owner and admins see its address and whether it is confirmed. */
const seesAccount = (ctx: Context, user: User) => {
  const viewer = ctx.viewer;
  return viewer !== null && (viewer.userId === user.id || viewer.roles.includes('ADMIN'));
};

@Resolver(() => User)
export class IdentityResolver {
  @Public()
  @PartnerScope('ANY_KEY')
  @Query(() => User, {
    nullable: true,
    description: 'The signed-in user, or null when signed out. Partner keys: any key (it is the key’s owner).',
  })
  me(@Ctx() ctx: Context) {
    return identity.findMe(ctx);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Email address; visible to the account owner and to admins only.' })
  email(@Root() user: User, @Ctx() ctx: Context): string | null {
    return seesAccount(ctx, user) ? user.email : null;
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description:
      'Whether the address is confirmed (booking, paying, applying as an expert and API keys wait for it); owner and admins only.',
  })
  emailVerified(@Root() user: User, @Ctx() ctx: Context): boolean | null {
    return seesAccount(ctx, user) ? user.emailVerified : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The new address of an email change waiting for its confirmation link to be followed; owner only.',
  })
  pendingEmail(@Root() user: User, @Ctx() ctx: Context): Promise<string | null> | null {
    return ctx.viewer?.userId === user.id ? verification.pendingEmailOf(ctx, user) : null;
  }

  @Public()
  @Mutation(() => SignUpResult, { description: 'Create an account and sign this browser in.' })
  signUp(@Arg('input', () => SignUpInput) input: SignUpInput, @Ctx() ctx: Context) {
    return identity.signUp(ctx, input);
  }

  @Public()
  @Mutation(() => SignInResult, { description: 'Sign in with email and password. Limited per account and per IP.' })
  signIn(@Arg('input', () => SignInInput) input: SignInInput, @Ctx() ctx: Context) {
    return identity.signIn(ctx, input);
  }

  @Public()
  @Mutation(() => SignOutPayload, { description: 'End this browser’s session.' })
  signOut(@Ctx() ctx: Context) {
    return identity.signOut(ctx);
  }

  @SignedIn()
  @Mutation(() => ChangePasswordResult, { description: 'Change the password; signs out every other session.' })
  changePassword(@Arg('input', () => ChangePasswordInput) input: ChangePasswordInput, @Ctx() ctx: SignedInContext) {
    return identity.changePassword(ctx, input);
  }

  @Public()
  @Mutation(() => RequestPasswordResetResult, { description: 'Email a password reset link, if an account uses this address.' })
  requestPasswordReset(@Arg('input', () => RequestPasswordResetInput) input: RequestPasswordResetInput, @Ctx() ctx: Context) {
    return identity.requestPasswordReset(ctx, input);
  }

  @Public()
  @Mutation(() => ResetPasswordResult, { description: 'Set a new password with an emailed token; signs out every other session.' })
  resetPassword(@Arg('input', () => ResetPasswordInput) input: ResetPasswordInput, @Ctx() ctx: Context) {
    return identity.resetPassword(ctx, input);
  }

  @SignedIn()
  @Mutation(() => UpdateAccountResult, { description: 'Change the name, language or time zone of the signed-in account.' })
  updateAccount(@Arg('input', () => UpdateAccountInput) input: UpdateAccountInput, @Ctx() ctx: SignedInContext) {
    return identity.updateAccount(ctx, input);
  }

  @Public()
  @Mutation(() => VerifyEmailResult, {
    description:
      'Confirm an email address with the emailed token (single use, 24 hours). For an email change, the address replaces the old one.',
  })
  verifyEmail(@Arg('input', () => VerifyEmailInput) input: VerifyEmailInput, @Ctx() ctx: Context) {
    return verification.verifyEmail(ctx, input);
  }

  @SignedIn()
  @Mutation(() => ResendVerificationResult, {
    description: 'Email a new confirmation link to the signed-in account’s address. Limited per IP and per address.',
  })
  resendVerification(@Ctx() ctx: SignedInContext) {
    return verification.resendVerification(ctx);
  }

  @SignedIn()
  @Mutation(() => RequestEmailChangeResult, {
    description:
      'Ask to move the account to another address: a link goes to the new one, a notice to the old one; nothing changes until it is followed.',
  })
  requestEmailChange(@Arg('input', () => RequestEmailChangeInput) input: RequestEmailChangeInput, @Ctx() ctx: SignedInContext) {
    return verification.requestEmailChange(ctx, input);
  }
}
