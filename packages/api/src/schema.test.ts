import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isInputObjectType, isInterfaceType, isObjectType, isEnumType, isUnionType, type GraphQLNamedType } from 'graphql';
import { buildAppSchema, emittedSchemaPath, printAppSchema } from './schema';
import { accessExtension, partnerScopeExtension } from './platform/graphql/access';

const schema = buildAppSchema();

describe('the emitted schema', () => {
  it('is what the code emits (run `pnpm codegen` after changing the API)', () => {
    expect(readFileSync(emittedSchemaPath, 'utf8')).toBe(printAppSchema(schema));
  });

  it('declares for every root field whether it is public or who may call it', () => {
    const undeclared: string[] = [];
    for (const root of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
      for (const field of Object.values(root?.getFields() ?? {})) {
        if (!field.extensions[accessExtension]) undeclared.push(`${root!.name}.${field.name}`);
      }
    }
    expect(undeclared).toEqual([]);
  });

  it('opens these root fields, and no others, to partner API keys, each saying in its description which scope it needs', () => {
    const open: Record<string, unknown> = {};
    for (const root of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
      for (const field of Object.values(root?.getFields() ?? {})) {
        const scope = field.extensions[partnerScopeExtension];
        if (!scope) continue;
        open[`${root!.name}.${field.name}`] = scope;
        expect(field.description).toContain(`Partner keys: ${scope === 'ANY_KEY' ? 'any key' : String(scope)}`);
      }
    }
    expect(open).toEqual({
      'Query.me': 'ANY_KEY',
      'Query.categories': 'CATALOG_READ',
      'Query.category': 'CATALOG_READ',
      'Query.expert': 'CATALOG_READ',
      'Query.offering': 'CATALOG_READ',
      'Query.searchExperts': 'SEARCH',
      'Query.searchSuggestions': 'SEARCH',
      'Query.booking': 'BOOKINGS_READ',
      'Query.myBookings': 'BOOKINGS_READ',
      'Query.myWebhookEndpoints': 'WEBHOOKS_READ',
      'Subscription.myBookingChanged': 'BOOKINGS_READ',
      'Query.conversations': 'MESSAGES',
      'Query.conversation': 'MESSAGES',
      'Query.conversationWithExpert': 'MESSAGES',
      'Query.unreadMessageCount': 'MESSAGES',
      'Mutation.sendMessage': 'MESSAGES',
      'Mutation.sendProposal': 'MESSAGES',
      'Mutation.markConversationRead': 'MESSAGES',
      'Subscription.messagingEvents': 'MESSAGES',
    });
  });

  it('documents every type, field and enum value for partners', () => {
    const undocumented: string[] = [];
    const own = (type: GraphQLNamedType) => !type.name.startsWith('__') && !['String', 'Boolean', 'Int', 'Float', 'ID'].includes(type.name);
    for (const type of Object.values(schema.getTypeMap()).filter(own)) {
      const isRoot = ['Query', 'Mutation', 'Subscription'].includes(type.name);
      if (!type.description && !isRoot) undocumented.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) if (!field.description) undocumented.push(`${type.name}.${field.name}`);
      }
      if (isEnumType(type)) for (const value of type.getValues()) if (!value.description) undocumented.push(`${type.name}.${value.name}`);
      if (isUnionType(type) && !type.description) undocumented.push(type.name);
    }
    expect(undocumented).toEqual([]);
  });
});
