/**
 * Limits every GraphQL request must stay within: depth, aliases and directives from graphql-armor, checked while
 * validating; tokens from graphql-js's own parser; cost from `cost-limit.ts`, checked once the variables are known
 * (armor's cost rule reads only literals). Field suggestions ("did you mean …") are blocked in production so the
 * schema does not leak through typos.
 */
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLSchema, type ValidationContext } from 'graphql';
import type { Config } from '../config';
import { costLimit } from './cost-limit';

/** The most tokens one operation may have, on HTTP (Apollo's parseOptions) and WebSocket (graphql-js parse) alike. */
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

/**
 * The token limit on HTTP is graphql-js's own (`parseOptions.maxTokens`), as on WebSocket: Apollo answers a parse
 * refusal with a 400. armor's counts in a plugin hook, and Apollo answers anything thrown there with a 500. This
 * plugin only rewords graphql-js's refusal ("Document contains more that 2000 tokens") to say what to change.
 */
function tokenLimitMessage(): ApolloServerPlugin {
  return {
    requestDidStart: async () => ({
      parsingDidStart: async () => async (error) => {
        if (error && /\d+ tokens/.test(error.message))
          error.message = `The operation has more than ${maxTokens} tokens. Ask for fewer fields, or split it into several smaller operations.`;
      },
    }),
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
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: config.nodeEnv === 'production' },
  });
  const { plugins, validationRules } = armor.protect();
  const cost = costLimit(schema, config.graphql.maxCost);
  return {
    plugins: [...plugins, tokenLimitMessage(), cost.plugin],
    validationRules,
    costRefusal: cost.refusal,
    parseOptions: { maxTokens },
  };
}
