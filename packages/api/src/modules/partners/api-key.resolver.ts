import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { SignedInContext } from '../../platform/context';
import { SignedIn } from '../../platform/graphql/access';
import { createApiKey, myApiKeys, revokeApiKey } from './api-key.service';
import { ApiKey, CreateApiKeyInput, CreateApiKeyResult, RevokeApiKeyInput, RevokeApiKeyPayload } from './api-key.types';

/** Partner API keys are managed from a browser session only: a request made with a key is refused here. */
@Resolver(() => ApiKey)
export class ApiKeyResolver {
  @SignedIn()
  @Query(() => [ApiKey], {
    description: 'The viewer’s API keys, live and revoked, newest first; never their secrets. Browser sessions only.',
  })
  myApiKeys(@Ctx() ctx: SignedInContext) {
    return myApiKeys(ctx);
  }

  @SignedIn()
  @Mutation(() => CreateApiKeyResult, {
    description:
      'Create an API key with scopes; its secret is in the answer, this once. At most 20 live keys. Browser sessions only. Keys read; they cannot book or change anything (booking on a user’s behalf through OAuth consent is not offered).',
  })
  createApiKey(@Arg('input', () => CreateApiKeyInput) input: CreateApiKeyInput, @Ctx() ctx: SignedInContext) {
    return createApiKey(ctx, input);
  }

  @SignedIn()
  @Mutation(() => RevokeApiKeyPayload, {
    description: 'Revoke one of the viewer’s API keys: it stops working at once. Browser sessions only.',
  })
  revokeApiKey(@Arg('input', () => RevokeApiKeyInput) input: RevokeApiKeyInput, @Ctx() ctx: SignedInContext) {
    return revokeApiKey(ctx, input);
  }
}
