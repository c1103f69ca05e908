import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { AppError, createErrorFormatter } from './errors';

const logged: unknown[] = [];
const logger = { error: (entry: unknown) => logged.push(entry) } as unknown as Parameters<typeof createErrorFormatter>[0];
const format = createErrorFormatter(logger);

describe('error formatting', () => {
  it('passes an AppError with its code and message, without a stack trace', () => {
    const error = new AppError('FORBIDDEN');
    const formatted = format({ message: error.message, extensions: { code: 'FORBIDDEN', stacktrace: ['at secret.ts:1'] } }, error);
    expect(formatted).toEqual({ message: 'You are not allowed to do this.', extensions: { code: 'FORBIDDEN' } });
  });

  it('hides an unexpected failure behind INTERNAL and logs it', () => {
    const crash = new GraphQLError('relation "users" does not exist', { originalError: new Error('relation "users" does not exist') });
    const formatted = format(
      { message: crash.message, path: ['me'], extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['…'] } },
      crash,
    );
    expect(formatted).toEqual({
      message: 'Something went wrong on our side.',
      path: ['me'],
      locations: undefined,
      extensions: { code: 'INTERNAL' },
    });
    expect(logged).toHaveLength(1);
  });
});
