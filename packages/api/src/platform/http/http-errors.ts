/**
 * The last handlers of every route: failures outside GraphQL execution (a malformed or oversized body, an unknown
 * address, a route that threw) answer in the GraphQL-over-HTTP shape, `{"errors":[{"message","extensions":{"code"}}]}`,
 * like the API's other errors. Express's own handler would send an HTML page with the stack and absolute paths.
 */
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from '../logger';

interface HttpError {
  status: number;
  code: string;
  message: string;
}

/** By status; body-parser and serve-static set `status` (and body-parser a `type`) on what they refuse. */
const byStatus: Record<number, Omit<HttpError, 'status'>> = {
  400: { code: 'BAD_REQUEST', message: 'The request is malformed.' },
  404: { code: 'NOT_FOUND', message: 'Not found.' },
  413: { code: 'PAYLOAD_TOO_LARGE', message: 'The request body is larger than this address accepts.' },
  415: { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'The request body’s encoding or character set is not supported.' },
};

const byType: Record<string, Omit<HttpError, 'status'>> = {
  'entity.parse.failed': { code: 'BAD_REQUEST', message: 'The request body is not valid JSON.' },
};

const internal: HttpError = { status: 500, code: 'INTERNAL', message: 'Something went wrong on our side.' };

/** What the client is told of an error: its own mistake in plain words, or that the failure is ours. */
export function describeHttpError(error: unknown): HttpError {
  const { status, statusCode, type } = (error ?? {}) as { status?: unknown; statusCode?: unknown; type?: unknown };
  const code = typeof status === 'number' ? status : typeof statusCode === 'number' ? statusCode : 500;
  if (code < 400 || code >= 500) return internal;
  const known = (typeof type === 'string' && byType[type]) || byStatus[code] || byStatus[400]!;
  return { status: code, ...known };
}

function sendError(res: Parameters<RequestHandler>[1], { status, code, message }: HttpError): void {
  res
    .status(status)
    .type('application/json')
    .send(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

/** Unknown addresses (the SPA answers every GET it is served for). */
export const notFoundHandler: RequestHandler = (_req, res) => sendError(res, { status: 404, ...byStatus[404]! });

export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    // Part of an answer has left (a streamed file): express can only cut the connection.
    if (res.headersSent) return next(error);
    const described = describeHttpError(error);
    if (described.status >= 500) logger.error({ err: error, method: req.method, url: req.originalUrl }, 'an HTTP route failed');
    sendError(res, described);
  };
}
