import schemaSource from '@skillcall/schema/schema.graphql?raw';
import { buildSchema, type GraphQLSchema } from 'graphql';

let built: GraphQLSchema | null = null;

/**
 * The API's schema as committed (`packages/schema/schema.graphql`, emitted by the API), bundled as text into the
 * developer page's lazy chunk only, and built on first use.
 */
export function apiSchema(): GraphQLSchema {
  built ??= buildSchema(schemaSource);
  return built;
}
