/** The GraphQL schema: every module's resolvers, built once at startup and emitted to packages/schema. */
import 'reflect-metadata';
import path from 'node:path';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { authChecker } from './platform/graphql/access';
import { CatalogResolver } from './modules/catalog/catalog.resolver';
import { IdentityResolver } from './modules/identity/identity.resolver';
import { NotificationsResolver } from './modules/notifications/notifications.resolver';
import { ApplicationResolver } from './modules/experts/application.resolver';
import { CategoryExpertsResolver, ExpertResolver, OfferingResolver } from './modules/experts/expert.resolver';
import { ModerationResolver } from './modules/moderation/moderation.resolver';
import { SearchResolver } from './modules/search/search.resolver';

export const resolvers = [
  IdentityResolver,
  CatalogResolver,
  NotificationsResolver,
  ApplicationResolver,
  ExpertResolver,
  OfferingResolver,
  CategoryExpertsResolver,
  ModerationResolver,
  SearchResolver,
] as const;

export const emittedSchemaPath = path.resolve(__dirname, '../../schema/schema.graphql');

export function buildAppSchema(): GraphQLSchema {
  return buildSchemaSync({ resolvers, authChecker, validate: false });
}

/** The committed form: sorted, so a diff shows only real changes. */
export function printAppSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
