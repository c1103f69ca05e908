import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context, SignedInContext } from '../../../platform/context';
import { Public, SignedIn } from '../../../platform/graphql/access';
import { SignInMethods, SignInOptions, UnlinkIdentityInput, UnlinkIdentityResult } from './oidc.types';
import * as oidc from './oidc.service';

@Resolver()
export class OidcResolver {
  @Public()
  @Query(() => SignInOptions, { description: 'The sign-in providers configured here (no secrets) and whether password sign-up is open.' })
  signInOptions(@Ctx() ctx: Context) {
    return oidc.signInOptions(ctx);
  }

  @SignedIn()
  @Query(() => SignInMethods, { description: 'How the signed-in account can be signed in to: its password, its linked providers.' })
  mySignInMethods(@Ctx() ctx: SignedInContext) {
    return oidc.mySignInMethods(ctx);
  }

  @SignedIn()
  @Mutation(() => UnlinkIdentityResult, {
    description: 'Unlink a provider from the signed-in account; refused when it is the last way to sign in.',
  })
  unlinkIdentity(@Arg('input', () => UnlinkIdentityInput) input: UnlinkIdentityInput, @Ctx() ctx: SignedInContext) {
    return oidc.unlinkIdentity(ctx, input);
  }
}
