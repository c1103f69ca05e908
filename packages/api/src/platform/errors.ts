/**
 * One error model. Expected business outcomes are union members in the schema (see graphql/domain-error.ts);
 * everything else is an AppError with a code, formatted once by `formatError`: no stack traces leave the server.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { isDatabaseUnavailable } from './db/unavailable';
import type { Logger } from './logger';

/** What a SERVICE_UNAVAILABLE answer's Retry-After says. */
export const retryAfterSeconds = 5;

/** The database is away (outage, restart, timeout): the client may try again shortly. HTTP 503 with Retry-After. */
export function serviceUnavailable(): AppError {
  return new AppError('SERVICE_UNAVAILABLE', defaultMessages.SERVICE_UNAVAILABLE, {
    http: { status: 503, headers: new Map([['Retry-After', String(retryAfterSeconds)]]) },
  });
}

export const appErrorCodes = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'RATE_LIMITED',
  'SERVICE_UNAVAILABLE',
  'INTERNAL',
] as const;
export type AppErrorCode = (typeof appErrorCodes)[number];

const defaultMessages: Record<AppErrorCode, string> = {
  UNAUTHENTICATED: 'You must be signed in to do this.',
  FORBIDDEN: 'You are not allowed to do this.',
  NOT_FOUND: 'Not found.',
  BAD_USER_INPUT: 'The request is not valid.',
  RATE_LIMITED: 'Too many attempts. Try again later.',
  SERVICE_UNAVAILABLE: 'Skillcall is briefly unavailable. Try again in a few seconds.',
  INTERNAL: 'Something went wrong on our side.',
};

export class AppError extends GraphQLError {
  constructor(
    readonly code: AppErrorCode,
    message: string = defaultMessages[code],
    extra: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { code, ...extra } });
    this.name = 'AppError';
  }
}

/** Codes that pass through to clients: ours, and those Apollo and graphql-js raise for malformed requests. */
const clientErrorCodes = new Set<unknown>([
  ...appErrorCodes,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** Builds Apollo's formatError: known codes pass with their message, anything else becomes INTERNAL and is logged. */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (code !== 'INTERNAL' && clientErrorCodes.has(code)) {
      const { stacktrace: _omit, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    if (isDatabaseUnavailable(original)) {
      logger.warn({ err: original, path: formatted.path }, 'the database is unavailable');
      return {
        message: defaultMessages.SERVICE_UNAVAILABLE,
        path: formatted.path,
        locations: formatted.locations,
        extensions: { code: 'SERVICE_UNAVAILABLE' },
      };
    }
    logger.error({ err: original, path: formatted.path }, 'unexpected error in a GraphQL operation');
    return {
      message: defaultMessages.INTERNAL,
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: 'INTERNAL' },
    };
  };
}

/** Apollo plugin: an answer carrying SERVICE_UNAVAILABLE (raised inside the operation) is an HTTP 503 with Retry-After. */
export const serviceUnavailableStatus: ApolloServerPlugin = {
  requestDidStart: async () => ({
    willSendResponse: async ({ response }) => {
      const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
      if (!errors?.some((error) => error.extensions?.code === 'SERVICE_UNAVAILABLE')) return;
      response.http.status = 503;
      response.http.headers.set('retry-after', String(retryAfterSeconds));
    },
  }),
};
