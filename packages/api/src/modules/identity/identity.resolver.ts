import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context, SignedInContext } from '../../platform/context';
import { PartnerScope, Public, SignedIn } from '../../platform/graphql/access';
import {
  ChangePasswordInput,
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
    const viewer = ctx.viewer;
    return viewer && (viewer.userId === user.id || viewer.roles.includes('ADMIN')) ? user.email : null;
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
}
