/** Why the embedded PostgreSQL could not start, in one sentence that says what to do; printed as is by `npm start`. */
export class EmbeddedPostgresError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EmbeddedPostgresError';
  }
}
