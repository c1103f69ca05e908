/**
 * Telling "the database is away" from a bug: the errors postgres.js, Node's sockets and PostgreSQL raise when the
 * server cannot be reached, stopped, is restarting, is full, or did not answer in time. Such a request gets a typed
 * "try again" answer (SERVICE_UNAVAILABLE, HTTP 503 with Retry-After) instead of INTERNAL.
 */
const clientCodes = new Set([
  // postgres.js
  'CONNECT_TIMEOUT',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  // our socket's answer deadline (client.ts)
  'DB_ANSWER_TIMEOUT',
  // Node's sockets
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);

const serverCodes = new Set([
  '57014', // query_canceled: statement_timeout
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, recovering)
  '53300', // too_many_connections
]);

export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && typeof current === 'object' && depth < 8; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && (clientCodes.has(code) || serverCodes.has(code) || /^08/.test(code))) return true;
    current = (current as { cause?: unknown }).cause ?? (current as { originalError?: unknown }).originalError;
  }
  return false;
}
