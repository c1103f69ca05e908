/**
 * GraphQL over WebSocket (graphql-ws): the same limits as HTTP. Each operation is parsed with the token limit,
 * validated with the depth and alias rules, and held to the cost limit with its variables; a connection holds at most a configured number of subscriptions;
 * and trusted documents apply as on HTTP (a registered hash runs its registered text). A connection bringing an
 * unknown API key is closed at once; each operation's context is built (key checked again, request counted) before
 * it runs, so a refusal is that operation's error.
 */
import type { IncomingMessage } from 'node:http';
import { GraphQLError, parse, specifiedRules, validate, type DocumentNode, type GraphQLSchema, type ValidationRule } from 'graphql';
import { CloseCode, type ServerOptions } from 'graphql-ws';
import type { WebSocket } from 'ws';
import type { Context } from '../context';
import { AppError } from '../errors';
import type { Operation } from './cost-limit';
import { judgeOperation, presentsApiKey, type TrustedDocuments } from './trusted-documents';

type Extra = { socket: WebSocket; request: IncomingMessage };
type ConnectionParams = Readonly<Record<string, unknown>> | undefined;

export interface WebSocketGraphqlOptions {
  schema: GraphQLSchema;
  validationRules: ValidationRule[];
  /** Why an operation with these variables costs too much to run; null when it may run. */
  costRefusal(operation: Operation): GraphQLError | null;
  maxTokens: number;
  maxSubscriptionsPerConnection: number;
  trustedDocuments: TrustedDocuments;
  /** Why the connection is refused (credentials that are malformed or resolve to no one); null to accept it. */
  refusesConnection(connectionParams: ConnectionParams): Promise<string | null>;
  /** The operation's context; throws an AppError (UNAUTHENTICATED, RATE_LIMITED) to refuse it. */
  context(request: IncomingMessage, connectionParams: ConnectionParams): Promise<Context>;
}

export function webSocketGraphqlOptions(options: WebSocketGraphqlOptions): ServerOptions<Record<string, unknown>, Extra> {
  const rules = [...specifiedRules, ...options.validationRules];
  return {
    schema: options.schema,
    onConnect: async ({ connectionParams, extra }) => {
      const refusal = await options.refusesConnection(connectionParams);
      if (refusal === null) return true;
      extra.socket.close(CloseCode.Unauthorized, refusal);
      return false;
    },
    onSubscribe: async (ctx, _id, payload) => {
      // graphql-ws registers the operation before this hook: the count includes it.
      if (Object.keys(ctx.subscriptions).length > options.maxSubscriptionsPerConnection) {
        return [
          new GraphQLError(
            `A connection may hold at most ${options.maxSubscriptionsPerConnection} operations at once; close some before opening more.`,
            {
              extensions: { code: 'RATE_LIMITED' },
            },
          ),
        ];
      }
      const verdict = judgeOperation(options.trustedDocuments, payload, presentsApiKey(ctx.connectionParams?.authorization));
      if (verdict.outcome === 'refuse') return [new GraphQLError(verdict.message, { extensions: { code: verdict.code } })];
      let document: DocumentNode;
      try {
        document = parse(verdict.query ?? '', { maxTokens: options.maxTokens });
      } catch (error) {
        if (error instanceof GraphQLError) return [error];
        throw error;
      }
      const invalid = validate(options.schema, document, rules);
      if (invalid.length > 0) return invalid;
      const tooCostly = options.costRefusal({ document, variables: payload.variables, operationName: payload.operationName });
      if (tooCostly) return [tooCostly];
      let contextValue: Context;
      try {
        contextValue = await options.context(ctx.extra.request, ctx.connectionParams);
      } catch (error) {
        if (error instanceof AppError) return [error];
        throw error;
      }
      return { schema: options.schema, document, operationName: payload.operationName, variableValues: payload.variables, contextValue };
    },
  };
}
