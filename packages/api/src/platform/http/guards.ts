/**
 * Limits every GraphQL request must stay within, from graphql-armor: depth, aliases, cost, directives, tokens.
 * Field suggestions ("did you mean …") are blocked in production so the schema does not leak through typos.
 */
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type ValidationContext } from 'graphql';
import type { Config } from '../config';

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

export function graphqlGuards(config: Config) {
  const armor = new ApolloArmor({
    maxDepth: {
      n: config.graphql.maxDepth,
      ignoreIntrospection: true,
      flattenFragments: true,
      exposeLimits: true,
      ...refusedWith('Select less deeply nested fields.'),
    },
    maxAliases: { n: config.graphql.maxAliases, exposeLimits: true, ...refusedWith('Use fewer aliases, or send several requests.') },
    costLimit: {
      maxCost: config.graphql.maxCost,
      objectCost: 2,
      scalarCost: 1,
      depthCostFactor: 1.5,
      ignoreIntrospection: true,
      flattenFragments: true,
      exposeLimits: true,
      ...refusedWith('Ask for fewer items (a smaller `first`) or fewer fields per item, and page through the rest with `after`.'),
    },
    maxDirectives: { n: 20, ...refusedWith('Use fewer directives.') },
    maxTokens: { n: maxTokens },
    blockFieldSuggestion: { enabled: config.nodeEnv === 'production' },
  });
  return armor.protect();
}
