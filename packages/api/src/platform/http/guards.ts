/**
 * Limits every GraphQL request must stay within, from graphql-armor: depth, aliases, cost, directives, tokens.
 * Field suggestions ("did you mean …") are blocked in production so the schema does not leak through typos.
 */
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { Config } from '../config';

/** The most tokens one operation may have, on HTTP (armor) and WebSocket (graphql-js parse) alike. */
export const maxTokens = 2000;

export function graphqlGuards(config: Config) {
  const armor = new ApolloArmor({
    maxDepth: { n: config.graphql.maxDepth, ignoreIntrospection: true, flattenFragments: true, exposeLimits: true },
    maxAliases: { n: config.graphql.maxAliases, exposeLimits: true },
    costLimit: { maxCost: config.graphql.maxCost, objectCost: 2, scalarCost: 1, depthCostFactor: 1.5, ignoreIntrospection: true, flattenFragments: true, exposeLimits: true },
    maxDirectives: { n: 20 },
    maxTokens: { n: maxTokens },
    blockFieldSuggestion: { enabled: config.nodeEnv === 'production' },
  });
  return armor.protect();
}
