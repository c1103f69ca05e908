import type { ApiKeyScope as SchemaApiKeyScope, WebhookEventType } from '@skillcall/schema';

/** The sections of "Getting started", in order: their anchors, shared by the page and its table of contents. */
export const gettingStartedSections = ['endpoint', 'authentication', 'limits', 'errors', 'examples', 'webhooks'] as const;

export type GettingStartedSection = (typeof gettingStartedSections)[number];

/** The i18n key of each section's title. */
export const sectionTitleKeys = {
  endpoint: 'developerDocs.endpoint.title',
  authentication: 'developerDocs.auth.title',
  limits: 'developerDocs.limits.title',
  errors: 'developerDocs.errors.title',
  examples: 'developerDocs.examples.title',
  webhooks: 'developerDocs.webhooks.title',
} as const satisfies Record<GettingStartedSection, string>;

/** A partner key's permissions (`Authorization: Bearer skc_…`), in the order the pages show them. */
export const apiKeyScopes = [
  'CATALOG_READ',
  'SEARCH',
  'BOOKINGS_READ',
  'WEBHOOKS_READ',
  'MESSAGES',
] as const satisfies readonly SchemaApiKeyScope[];

export type ApiKeyScope = (typeof apiKeyScopes)[number];

/** The `extensions.code` of GraphQL errors, as the API formats them. */
export const graphqlErrorCodes = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'RATE_LIMITED',
  'SERVICE_UNAVAILABLE',
  'OPERATION_NOT_REGISTERED',
  'INTERNAL',
] as const;

/** The events an endpoint can subscribe to, in the order the form lists them. */
export const subscribableWebhookEvents = [
  'BOOKING_CREATED',
  'BOOKING_CONFIRMED',
  'BOOKING_CANCELLED',
  'BOOKING_COMPLETED',
  'BOOKING_REFUNDED',
  'REVIEW_PUBLISHED',
  'MESSAGE_CREATED',
] as const satisfies readonly WebhookEventType[];

/** Every event a delivery may carry: PING is only sent on request. */
export const webhookEventTypes = [...subscribableWebhookEvents, 'PING'] as const;

/** A key's requests per minute unless an admin set another limit. */
export const defaultRequestsPerMinute = 120;
