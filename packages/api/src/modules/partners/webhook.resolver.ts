import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context, SignedInContext } from '../../platform/context';
import { PartnerScope, SignedIn } from '../../platform/graphql/access';
import { ConnectionArgs } from '../../platform/graphql/connection';
import {
  attemptsOfDelivery,
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  deliveriesOfEndpoint,
  myWebhookEndpoints,
  redeliverWebhook,
  rollWebhookSecret,
  sendTestWebhook,
  updateWebhookEndpoint,
} from './webhook.service';
import {
  CreateWebhookEndpointInput,
  CreateWebhookEndpointResult,
  DeleteWebhookEndpointPayload,
  RedeliverWebhookInput,
  RedeliverWebhookResult,
  UpdateWebhookEndpointInput,
  UpdateWebhookEndpointResult,
  WebhookAttempt,
  WebhookDelivery,
  WebhookDeliveryConnection,
  WebhookDeliveryPayload,
  WebhookEndpoint,
  WebhookEndpointInput,
  WebhookEndpointSecretPayload,
} from './webhook.types';

@Resolver(() => WebhookEndpoint)
export class WebhookEndpointResolver {
  @SignedIn()
  @PartnerScope('WEBHOOKS_READ')
  @Query(() => [WebhookEndpoint], {
    description: 'The viewer’s webhook endpoints, oldest first, with what was sent to each. Partner keys: WEBHOOKS_READ.',
  })
  myWebhookEndpoints(@Ctx() ctx: SignedInContext) {
    return myWebhookEndpoints(ctx);
  }

  @FieldResolver(() => WebhookDeliveryConnection, { description: 'What was sent to this endpoint, newest first.' })
  deliveries(@Root() endpoint: WebhookEndpoint, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context) {
    return deliveriesOfEndpoint(ctx, endpoint, args);
  }

  @SignedIn()
  @Mutation(() => CreateWebhookEndpointResult, {
    description: 'Register a URL for webhook events (at most 10 per account); the signing secret is in the answer, only this once.',
  })
  createWebhookEndpoint(@Arg('input', () => CreateWebhookEndpointInput) input: CreateWebhookEndpointInput, @Ctx() ctx: SignedInContext) {
    return createWebhookEndpoint(ctx, input);
  }

  @SignedIn()
  @Mutation(() => UpdateWebhookEndpointResult, {
    description: 'Change one of the viewer’s endpoints: URL, note, events, or turn it on or off.',
  })
  updateWebhookEndpoint(@Arg('input', () => UpdateWebhookEndpointInput) input: UpdateWebhookEndpointInput, @Ctx() ctx: SignedInContext) {
    return updateWebhookEndpoint(ctx, input);
  }

  @SignedIn()
  @Mutation(() => DeleteWebhookEndpointPayload, {
    description: 'Delete one of the viewer’s endpoints with its deliveries; nothing more is sent to it.',
  })
  deleteWebhookEndpoint(@Arg('input', () => WebhookEndpointInput) input: WebhookEndpointInput, @Ctx() ctx: SignedInContext) {
    return deleteWebhookEndpoint(ctx, input.endpointId);
  }

  @SignedIn()
  @Mutation(() => WebhookEndpointSecretPayload, {
    description: 'Replace an endpoint’s signing secret at once; the new one is in the answer, only this once.',
  })
  rollWebhookSecret(@Arg('input', () => WebhookEndpointInput) input: WebhookEndpointInput, @Ctx() ctx: SignedInContext) {
    return rollWebhookSecret(ctx, input.endpointId);
  }

  @SignedIn()
  @Mutation(() => WebhookDeliveryPayload, { description: 'Send a PING event to one of the viewer’s endpoints.' })
  sendTestWebhook(@Arg('input', () => WebhookEndpointInput) input: WebhookEndpointInput, @Ctx() ctx: SignedInContext) {
    return sendTestWebhook(ctx, input.endpointId);
  }
}

@Resolver(() => WebhookDelivery)
export class WebhookDeliveryResolver {
  @FieldResolver(() => [WebhookAttempt], { description: 'Every attempt, oldest first (a redelivery adds to them).' })
  attempts(@Root() delivery: WebhookDelivery, @Ctx() ctx: Context) {
    return attemptsOfDelivery(ctx, delivery);
  }

  @SignedIn()
  @Mutation(() => RedeliverWebhookResult, { description: 'Send a delivery that succeeded or failed again, as a new sequence of attempts.' })
  redeliverWebhook(@Arg('input', () => RedeliverWebhookInput) input: RedeliverWebhookInput, @Ctx() ctx: SignedInContext) {
    return redeliverWebhook(ctx, input.deliveryId);
  }
}
