import { ErrorCode } from '../../error-codes';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, createUnionType, registerEnumType } from 'type-graphql';
import { ConnectionType } from '../../platform/graphql/connection';
import { DomainError, InvalidInputError } from '../../platform/graphql/domain-error';

const bookingData =
  '`data: { booking: { id, status, startsAt, endsAt, timeZone?, offering { id, title }, expert { id, displayName }, price { amountMinor, currency } | null, role: "CLIENT" | "EXPERT" } }`';

export enum WebhookEventType {
  BOOKING_CREATED = 'BOOKING_CREATED',
  BOOKING_CONFIRMED = 'BOOKING_CONFIRMED',
  BOOKING_CANCELLED = 'BOOKING_CANCELLED',
  BOOKING_COMPLETED = 'BOOKING_COMPLETED',
  BOOKING_REFUNDED = 'BOOKING_REFUNDED',
  REVIEW_PUBLISHED = 'REVIEW_PUBLISHED',
  MESSAGE_CREATED = 'MESSAGE_CREATED',
  PING = 'PING',
}
registerEnumType(WebhookEventType, {
  name: 'WebhookEventType',
  description:
    'What a webhook announces. Every body is JSON `{ id, type, createdAt, data }` (`id` is the event’s, the same for every endpoint; instants in UTC ISO 8601), POSTed with the headers `Skillcall-Webhook-Id` (the delivery), `Skillcall-Event-Type` and `Skillcall-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`. An endpoint receives the events of the bookings its owner takes part in, as client or as expert.',
  valuesConfig: {
    BOOKING_CREATED: { description: `A booking was made (paid ones wait for payment: status PENDING_PAYMENT). ${bookingData}` },
    BOOKING_CONFIRMED: { description: `A booking is confirmed (free at once, paid once the payment arrived). ${bookingData}` },
    BOOKING_CANCELLED: { description: `A booking was cancelled by one of its participants. ${bookingData}` },
    BOOKING_COMPLETED: { description: `A session took place and its booking is closed. ${bookingData}` },
    BOOKING_REFUNDED: {
      description: `Money went back to the client of a booking. ${bookingData}, plus \`data.refund { amountMinor, currency }\`: what this refund gave back.`,
    },
    REVIEW_PUBLISHED: { description: 'A review of a booking was published. `data: { review: { id, rating, text, bookingId } }`' },
    MESSAGE_CREATED: {
      description:
        'A message was sent in a conversation the endpoint’s owner takes part in (as user or as expert). `data: { message: { id, conversationId, senderSide: "USER" | "EXPERT", body, createdAt, role: "USER" | "EXPERT" } }` (`role`: the owner’s side).',
    },
    PING: { description: 'A test event, sent only when asked (“Send test event”), to one endpoint. `data: { endpointId, message }`' },
  },
});

export enum WebhookDeliveryStatus {
  PENDING = 'PENDING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}
registerEnumType(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description: 'Where a delivery stands.',
  valuesConfig: {
    PENDING: { description: 'Not delivered yet: the next attempt is scheduled (`nextAttemptAt`).' },
    SUCCEEDED: { description: 'The endpoint answered with a 2xx status.' },
    FAILED: { description: 'Given up after the last attempt (or the endpoint is disabled); it can be sent again.' },
  },
});

@ObjectType({ description: 'One HTTP request of a delivery and what came back.' })
export class WebhookAttempt {
  @Field(() => ID, { description: 'The attempt’s id.' })
  id!: string;

  @Field(() => GraphQLISODateTime, { description: 'When it was sent.' })
  attemptedAt!: Date;

  @Field(() => Int, { nullable: true, description: 'The HTTP status of the answer; null when none came.' })
  responseStatus!: number | null;

  @Field(() => String, { nullable: true, description: 'Why no answer came (refused address, DNS, connection, timeout), in English.' })
  error!: string | null;

  @Field(() => Int, { description: 'How long the request took, in milliseconds.' })
  durationMs!: number;

  @Field(() => String, { nullable: true, description: 'The start of the answer’s body (at most 1 kB).' })
  responseExcerpt!: string | null;
}

@ObjectType({
  description:
    'One event sent to one endpoint, with its attempts. Failed attempts are retried with exponential backoff (30 s × 4ⁿ⁻¹, at most 6 hours), 8 attempts at most.',
})
export class WebhookDelivery {
  @Field(() => ID, { description: 'The delivery’s id (the `Skillcall-Webhook-Id` header).' })
  id!: string;

  @Field(() => ID, {
    description: 'The event’s id (the body’s `id`): the same for every endpoint receiving it; use it to ignore duplicates.',
  })
  eventId!: string;

  @Field(() => WebhookEventType, { description: 'What it announces.' })
  eventType!: WebhookEventType;

  @Field(() => GraphQLJSONObject, { description: 'The body sent, as JSON.' })
  payload!: Record<string, unknown>;

  @Field(() => WebhookDeliveryStatus, { description: 'Where it stands.' })
  status!: WebhookDeliveryStatus;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the next attempt goes out, while pending.' })
  nextAttemptAt!: Date | null;

  @Field(() => GraphQLISODateTime, { description: 'When the event happened.' })
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the endpoint took it.' })
  succeededAt!: Date | null;
}

export const WebhookDeliveryConnection = ConnectionType(WebhookDelivery, 'WebhookDelivery', 'webhook delivery');

@ObjectType({ description: 'A URL of the viewer receiving the events it subscribed to (its secret is shown only when created or rolled).' })
export class WebhookEndpoint {
  @Field(() => ID, { description: 'The endpoint’s id.' })
  id!: string;

  @Field(() => String, { description: 'Where events are POSTed.' })
  url!: string;

  @Field(() => String, { description: 'The owner’s note about it (may be empty).' })
  description!: string;

  @Field(() => [WebhookEventType], { description: 'The events it receives.' })
  eventTypes!: WebhookEventType[];

  @Field(() => Boolean, { description: 'Whether events are sent to it; a disabled endpoint receives nothing.' })
  enabled!: boolean;

  @Field(() => GraphQLISODateTime, { description: 'When it was registered.' })
  createdAt!: Date;
}

@ObjectType({ description: 'An endpoint with its signing secret, shown this once: store it now.' })
export class WebhookEndpointSecretPayload {
  @Field(() => WebhookEndpoint, { description: 'The endpoint.' })
  endpoint!: WebhookEndpoint;

  @Field(() => String, { description: 'The signing secret (`whsec_…`): verify `Skillcall-Signature` with it. It is not shown again.' })
  secret!: string;
}

@ObjectType({ description: 'The endpoint as changed.' })
export class WebhookEndpointPayload {
  @Field(() => WebhookEndpoint, { description: 'The endpoint.' })
  endpoint!: WebhookEndpoint;
}

@ObjectType({ description: 'The endpoint was deleted with its deliveries.' })
export class DeleteWebhookEndpointPayload {
  @Field(() => ID, { description: 'The deleted endpoint’s id.' })
  deletedEndpointId!: string;
}

@ObjectType({ description: 'The delivery, queued.' })
export class WebhookDeliveryPayload {
  @Field(() => WebhookDelivery, { description: 'The delivery.' })
  delivery!: WebhookDelivery;
}

@ObjectType({ implements: DomainError, description: 'The account has as many endpoints as allowed.' })
export class WebhookEndpointLimitError extends DomainError {
  override readonly code = ErrorCode.WEBHOOK_ENDPOINT_LIMIT_REACHED;
}

@ObjectType({ implements: DomainError, description: 'The delivery is still being tried.' })
export class WebhookDeliveryPendingError extends DomainError {
  override readonly code = ErrorCode.WEBHOOK_DELIVERY_PENDING;
}

@InputType({ description: 'A new webhook endpoint.' })
export class CreateWebhookEndpointInput {
  @Field(() => String, {
    description:
      'Where to POST events: http(s), https only in production, at most 2,048 characters; a host that is or resolves to a private, loopback, link-local or metadata address is refused when sending (unless the server sets WEBHOOK_ALLOW_PRIVATE_NETWORKS, for local testing).',
  })
  url!: string;

  @Field(() => String, { nullable: true, description: 'A note for yourself, at most 200 characters.' })
  description?: string | null;

  @Field(() => [WebhookEventType], { description: 'The events to receive: at least one (PING is not subscribable).' })
  eventTypes!: WebhookEventType[];
}

@InputType({ description: 'Changes to an endpoint; fields left out stay as they are.' })
export class UpdateWebhookEndpointInput {
  @Field(() => ID, { description: 'The endpoint.' })
  endpointId!: string;

  @Field(() => String, { nullable: true, description: 'A new URL (same rules as when creating).' })
  url?: string | null;

  @Field(() => String, { nullable: true, description: 'A new note.' })
  description?: string | null;

  @Field(() => [WebhookEventType], { nullable: true, description: 'The events to receive from now on: at least one.' })
  eventTypes?: WebhookEventType[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Turn sending on or off.' })
  enabled?: boolean | null;
}

@InputType({ description: 'One of the viewer’s endpoints.' })
export class WebhookEndpointInput {
  @Field(() => ID, { description: 'The endpoint.' })
  endpointId!: string;
}

@InputType({ description: 'One delivery of the viewer’s endpoints.' })
export class RedeliverWebhookInput {
  @Field(() => ID, { description: 'The delivery to send again.' })
  deliveryId!: string;
}

export const CreateWebhookEndpointResult = createUnionType({
  name: 'CreateWebhookEndpointResult',
  description: 'The new endpoint with its secret, or why it was refused.',
  types: () => [WebhookEndpointSecretPayload, InvalidInputError, WebhookEndpointLimitError] as const,
});

export const UpdateWebhookEndpointResult = createUnionType({
  name: 'UpdateWebhookEndpointResult',
  description: 'The changed endpoint, or why the input was refused.',
  types: () => [WebhookEndpointPayload, InvalidInputError] as const,
});

export const RedeliverWebhookResult = createUnionType({
  name: 'RedeliverWebhookResult',
  description: 'The delivery queued again, or why it cannot be yet.',
  types: () => [WebhookDeliveryPayload, WebhookDeliveryPendingError] as const,
});
