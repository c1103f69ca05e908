/**
 * Limits every GraphQL request must stay within: depth, aliases, directives and tokens from graphql-armor, checked
 * while validating; cost from `cost-limit.ts`, checked once the variables are known (armor's cost rule reads only
 * literals). Field suggestions ("did you mean …") are blocked in production so the schema does not leak through typos.
 */
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type GraphQLSchema, type ValidationContext } from 'graphql';
import type { Config } from '../config';
import { costLimit } from './cost-limit';

/** The most tokens one operation may have, on HTTP (armor) and WebSocket (graphql-js parse) alike. */
export const maxTokens = 2000;

/**
 * armor words every refusal "Syntax Error: …", even for a well-formed query over a limit: the client reads the limit's
 * own words instead, with what to change.
 */
function refusedWith(hint: string) {
  return {
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) => {
        const message = `${error.message.replace(/^Syntax Error: /, '')} ${hint}`;
        if (!context) throw new GraphQLError(message);
        context.reportError(new GraphQLError(message));
      },
    ],
  };
}

export function graphqlGuards(config: Config, schema: GraphQLSchema) {
  const armor = new ApolloArmor({
    maxDepth: {
      n: config.graphql.maxDepth,
      ignoreIntrospection: true,
      flattenFragments: true,
      exposeLimits: true,
      ...refusedWith('Select less deeply nested fields.'),
    },
    maxAliases: { n: config.graphql.maxAliases, exposeLimits: true, ...refusedWith('Use fewer aliases, or send several requests.') },
    costLimit: { enabled: false },
    maxDirectives: { n: 20, ...refusedWith('Use fewer directives.') },
    maxTokens: { n: maxTokens },
    blockFieldSuggestion: { enabled: config.nodeEnv === 'production' },
  });
  const { plugins, validationRules } = armor.protect();
  const cost = costLimit(schema, config.graphql.maxCost);
  return { plugins: [...plugins, cost.plugin], validationRules, costRefusal: cost.refusal };
}
