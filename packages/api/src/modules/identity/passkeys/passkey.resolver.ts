import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context, SignedInContext } from '../../../platform/context';
import { Public, SignedIn } from '../../../platform/graphql/access';
import { finishPasskeySignIn, startPasskeySignIn } from './passkey-sign-in.service';
import { finishPasskeyRegistration, myPasskeys, removePasskey, renamePasskey, startPasskeyRegistration } from './passkey.service';
import {
  FinishPasskeyRegistrationInput,
  FinishPasskeyRegistrationResult,
  FinishPasskeySignInInput,
  FinishPasskeySignInResult,
  Passkey,
  PasskeyOptions,
  RemovePasskeyInput,
  RemovePasskeyResult,
  RenamePasskeyInput,
  RenamePasskeyResult,
  StartPasskeySignInResult,
} from './passkey.types';

/** Passkeys: managed from a browser session in account settings; signing in with one needs no session. */
@Resolver(() => Passkey)
export class PasskeyResolver {
  @SignedIn()
  @Query(() => [Passkey], { description: 'The viewer’s passkeys, in the order they were added.' })
  myPasskeys(@Ctx() ctx: SignedInContext) {
    return myPasskeys(ctx);
  }

  @SignedIn()
  @Mutation(() => PasskeyOptions, {
    description: 'Start adding a passkey to the viewer’s account: options for the browser’s `startRegistration`, valid once for 5 minutes.',
  })
  startPasskeyRegistration(@Ctx() ctx: SignedInContext) {
    return startPasskeyRegistration(ctx);
  }

  @SignedIn()
  @Mutation(() => FinishPasskeyRegistrationResult, {
    description: 'Verify the browser’s new passkey and add it to the account under a name.',
  })
  finishPasskeyRegistration(
    @Arg('input', () => FinishPasskeyRegistrationInput) input: FinishPasskeyRegistrationInput,
    @Ctx() ctx: SignedInContext,
  ) {
    return finishPasskeyRegistration(ctx, input);
  }

  @Public()
  @Mutation(() => StartPasskeySignInResult, {
    description: 'Start signing in with a passkey (no email needed): options for the browser’s `startAuthentication`. Limited per IP.',
  })
  startPasskeySignIn(@Ctx() ctx: Context) {
    return startPasskeySignIn(ctx);
  }

  @Public()
  @Mutation(() => FinishPasskeySignInResult, {
    description: 'Verify the browser’s passkey answer and sign this browser in. Limited per account and per IP, like signIn.',
  })
  finishPasskeySignIn(@Arg('input', () => FinishPasskeySignInInput) input: FinishPasskeySignInInput, @Ctx() ctx: Context) {
    return finishPasskeySignIn(ctx, input);
  }

  @SignedIn()
  @Mutation(() => RenamePasskeyResult, { description: 'Rename one of the viewer’s passkeys.' })
  renamePasskey(@Arg('input', () => RenamePasskeyInput) input: RenamePasskeyInput, @Ctx() ctx: SignedInContext) {
    return renamePasskey(ctx, input);
  }

  @SignedIn()
  @Mutation(() => RemovePasskeyResult, {
    description: 'Remove one of the viewer’s passkeys; refused when it is the account’s last way to sign in.',
  })
  removePasskey(@Arg('input', () => RemovePasskeyInput) input: RemovePasskeyInput, @Ctx() ctx: SignedInContext) {
    return removePasskey(ctx, input);
  }
}
