/**
 * Every root field says who may call it: `@Public()` or `@SignedIn(...roles)`.
 * Both leave a mark in the field's extensions; a test walks the schema and fails on a root field with neither.
 *
 * Requests made with a partner API key reach only the root fields marked `@PartnerScope(scope)`, and only with a key
 * holding that scope: `enforcePartnerScopes` is the one gate, around every root field of the built schema.
 */
import { defaultFieldResolver, type GraphQLField, type GraphQLSchema } from 'graphql';
import { Authorized, Extensions, type AuthChecker } from 'type-graphql';
import { AppError } from '../errors';
import type { ApiKeyScope, Context, Role, Viewer } from '../context';

export const accessExtension = 'access';
export const partnerScopeExtension = 'partnerScope';

/** The scope a key needs for a root field; `ANY_KEY` opens it to every key (e.g. `me`). */
export type PartnerAccess = ApiKeyScope | 'ANY_KEY';

export function Public(): MethodDecorator {
  return Extensions({ [accessExtension]: 'PUBLIC' });
}

/** Someone must be signed in (with one of `roles`, if any): the resolver receives a `SignedInContext`. */
export function SignedIn(...roles: Role[]): MethodDecorator {
  return (target, key, descriptor) => {
    Authorized(...roles)(target, key, descriptor);
    Extensions({ [accessExtension]: roles.length ? roles.join('|') : 'SIGNED_IN' })(target, key, descriptor);
  };
}

/** Opens a root field to partner API keys holding `scope`; its description should say so ("Partner keys: SEARCH."). */
export function PartnerScope(scope: PartnerAccess): MethodDecorator {
  return Extensions({ [partnerScopeExtension]: scope });
}

/** type-graphql's hook: raises our own codes so every client sees UNAUTHENTICATED or FORBIDDEN. */
export const authChecker: AuthChecker<Context, Role> = ({ context }, roles) => {
  const { viewer } = context;
  if (!viewer) throw new AppError('UNAUTHENTICATED');
  if (roles.length > 0 && !roles.some((role) => viewer.roles.includes(role))) throw new AppError('FORBIDDEN');
  return true;
};

/** Refuses a key request a root field is not open to; requests with a browser session (or none) pass. */
export function assertPartnerMayCall(viewer: Viewer | null, field: GraphQLField<unknown, Context>): void {
  const key = viewer?.apiKey;
  if (!key) return;
  const needed = field.extensions[partnerScopeExtension] as PartnerAccess | undefined;
  if (!needed) throw new AppError('FORBIDDEN', `API keys cannot use ${field.name}: it is open to signed-in browsers only.`);
  if (needed !== 'ANY_KEY' && !key.scopes.includes(needed)) {
    throw new AppError('FORBIDDEN', `This API key lacks the ${needed} scope, which ${field.name} needs.`, { requiredScope: needed });
  }
}

/**
 * Puts `assertPartnerMayCall` in front of every root query, mutation and subscription (before type-graphql's own
 * checks), for HTTP and WebSocket operations alike. Nested fields are reached only through a root field.
 */
export function enforcePartnerScopes(schema: GraphQLSchema): GraphQLSchema {
  for (const root of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    for (const field of Object.values(root?.getFields() ?? {}) as GraphQLField<unknown, Context>[]) {
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context, info) => {
        assertPartnerMayCall(context.viewer, field);
        return resolve(source, args, context, info);
      };
      const subscribe = field.subscribe;
      if (subscribe) {
        field.subscribe = (source, args, context, info) => {
          assertPartnerMayCall(context.viewer, field);
          return subscribe(source, args, context, info);
        };
      }
    }
  }
  return schema;
}
