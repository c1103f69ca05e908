/**
 * One line saying why something failed, whatever was thrown: a rejection without a reason (`undefined`), an
 * AggregateError whose own message is empty (Node's connect to every address of a host), a driver error with
 * only a code. Never a stack.
 */
export function describeFailure(error: unknown): string {
  if (error instanceof AggregateError && !error.message) {
    const parts = [...new Set(error.errors.map(describeFailure))];
    return parts.join('; ') || 'several errors without a message';
  }
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (error.message) return code && !error.message.includes(code) ? `${error.message} (${code})` : error.message;
    return code ?? error.name;
  }
  if (error === undefined || error === null) return 'an unexplained failure (nothing was reported)';
  return typeof error === 'string' ? error : JSON.stringify(error);
}
