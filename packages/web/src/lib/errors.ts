/** Sorts whatever an Apollo operation threw into the few cases the interface explains differently. */
import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import type { ReactNode } from 'react';

export type ErrorKind = 'network' | 'unauthenticated' | 'forbidden' | 'notFound' | 'rateLimited' | 'unavailable' | 'internal';

const kindByCode: Record<string, ErrorKind> = {
  UNAUTHENTICATED: 'unauthenticated',
  FORBIDDEN: 'forbidden',
  NOT_FOUND: 'notFound',
  RATE_LIMITED: 'rateLimited',
  SERVICE_UNAVAILABLE: 'unavailable',
};

export function errorKind(error: unknown): ErrorKind {
  if (CombinedGraphQLErrors.is(error)) {
    for (const graphQLError of error.errors) {
      const code = graphQLError.extensions?.code;
      if (typeof code === 'string' && code in kindByCode) return kindByCode[code] ?? 'internal';
    }
    return 'internal';
  }
  if (ServerError.is(error)) {
    if (error.statusCode === 429) return 'rateLimited';
    if (error.statusCode === 503) return 'unavailable';
    return error.statusCode >= 500 ? 'internal' : 'network';
  }
  if (ServerParseError.is(error)) return 'internal';
  // fetch() rejects with a TypeError when the server cannot be reached.
  if (error instanceof TypeError) return 'network';
  return 'internal';
}

/** For exhaustive `switch (result.__typename)`: a new union member becomes a type error here. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}

/**
 * What a form shows above its fields when submitting failed: a refusal message, an unexpected error, or a notice of
 * its own that says what to do (e.g. confirm your email address, with a button to send the link again).
 */
export type Failure = { kind: 'message'; message: string } | { kind: 'error'; error: unknown } | { kind: 'notice'; notice: ReactNode };
