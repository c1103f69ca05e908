/** The GraphQL schema: every module's resolvers, built once at startup and emitted to packages/schema. */
import 'reflect-metadata';
import path from 'node:path';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { authChecker, enforcePartnerScopes } from './platform/graphql/access';
import { CatalogResolver } from './modules/catalog/catalog.resolver';
import { IdentityResolver } from './modules/identity/identity.resolver';
import { OidcResolver } from './modules/identity/oidc/oidc.resolver';
import { PasskeyResolver } from './modules/identity/passkeys/passkey.resolver';
import { NotificationsResolver } from './modules/notifications/notifications.resolver';
import { NotificationPreferenceResolver } from './modules/notifications/preference.resolver';
import { PushResolver } from './modules/notifications/push.resolver';
import { ApplicationResolver } from './modules/experts/application.resolver';
import { CategoryExpertsResolver, ExpertResolver, OfferingResolver } from './modules/experts/expert.resolver';
import { ModerationResolver } from './modules/moderation/moderation.resolver';
import { ExpertSearchHitResolver, SearchResolver } from './modules/search/search.resolver';
import { AvailabilityResolver, ExpertPresenceResolver } from './modules/availability/availability.resolver';
import { BookingResolver } from './modules/bookings/booking.resolver';
import { HelpRequestResolver } from './modules/instant/help-request.resolver';
import { BillingResolver, BookingBillingResolver } from './modules/billing/billing.resolver';
import { PaymentInvoicesResolver } from './modules/invoices/invoice.resolver';
import { BookingSessionResolver, SessionResolver } from './modules/sessions/session.resolver';
import { BookingReviewResolver, ExpertReviewResolver, OfferingReviewResolver, ReviewResolver } from './modules/reviews/review.resolver';
import { ReportResolver, ReviewReportResolver } from './modules/reports/report.resolver';
import { WebhookDeliveryResolver, WebhookEndpointResolver } from './modules/partners/webhook.resolver';
import { PrivacyResolver } from './modules/privacy/privacy.resolver';
import { ApiKeyResolver } from './modules/partners/api-key.resolver';
import { BookingWorkspaceResolver } from './modules/workspace/workspace.resolver';
import { TaxProfileResolver, TaxSettingsResolver } from './modules/tax/tax-profile.resolver';
import {
  ConversationResolver,
  ExpertReplyTimeResolver,
  MessageLinkCardResolver,
  MessageProposalResolver,
} from './modules/messages/message.resolver';

export const resolvers = [
  IdentityResolver,
  OidcResolver,
  PasskeyResolver,
  CatalogResolver,
  NotificationsResolver,
  NotificationPreferenceResolver,
  PushResolver,
  ApplicationResolver,
  TaxProfileResolver,
  TaxSettingsResolver,
  ExpertResolver,
  OfferingResolver,
  CategoryExpertsResolver,
  ModerationResolver,
  SearchResolver,
  ExpertSearchHitResolver,
  AvailabilityResolver,
  ExpertPresenceResolver,
  BookingResolver,
  HelpRequestResolver,
  BillingResolver,
  BookingBillingResolver,
  PaymentInvoicesResolver,
  SessionResolver,
  BookingSessionResolver,
  ReviewResolver,
  BookingReviewResolver,
  ExpertReviewResolver,
  OfferingReviewResolver,
  ReportResolver,
  ReviewReportResolver,
  WebhookEndpointResolver,
  WebhookDeliveryResolver,
  PrivacyResolver,
  ApiKeyResolver,
  BookingWorkspaceResolver,
  ConversationResolver,
  MessageProposalResolver,
  MessageLinkCardResolver,
  ExpertReplyTimeResolver,
] as const;

export const emittedSchemaPath = path.resolve(__dirname, '../../schema/schema.graphql');

/** Every subscription gives its own `subscribe` over the event bus (`adapters.events`); topic-based ones are a bug. */
const noTopicSubscriptions = {
  publish: () => {
    throw new Error('Publish through ctx.adapters.events');
  },
  subscribe: () => {
    throw new Error('Subscriptions must pass `subscribe` (see platform/events.ts)');
  },
};

/** The schema every transport serves: requests made with a partner API key reach only the fields open to their scopes. */
export function buildAppSchema(): GraphQLSchema {
  return enforcePartnerScopes(buildSchemaSync({ resolvers, authChecker, validate: false, pubSub: noTopicSubscriptions }));
}

/** The committed form: sorted, so a diff shows only real changes. */
export function printAppSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
