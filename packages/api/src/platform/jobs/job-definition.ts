/**
 * A background job's definition (Documenso's job definitions): its id, a zod schema of its payload, and its handler,
 * imported lazily so that the modules that enqueue a job never load the code that runs it. `enqueue(db, job,
 * payload)` is checked by the compiler against the schema; the worker checks every payload again before running it.
 */
import type { z } from 'zod';
import type { Context } from '../context';

export interface JobRun {
  id: string;
  attempts: number;
}

export type JobHandler<P> = (ctx: Context, payload: P, job: JobRun) => Promise<void>;

export interface JobDefinition<P = unknown> {
  /** The task's name in the queue (`module:action`). */
  readonly id: string;
  readonly schema: z.ZodType<P>;
  /** Loads the handler (a dynamic `import()` of the module that runs it). */
  readonly handler: () => Promise<JobHandler<P>>;
}

/** Any job, as the worker's list holds them (each one's payload type is checked where it is enqueued). */
export interface AnyJobDefinition {
  readonly id: string;
  readonly schema: z.ZodType;
  readonly handler: () => Promise<JobHandler<never>>;
}

export function defineJob<S extends z.ZodType>(definition: {
  id: string;
  schema: S;
  handler: () => Promise<JobHandler<z.output<S>>>;
}): JobDefinition<z.output<S>> {
  // A schema of type S parses to z.output<S>: the one thing the compiler cannot see through the generic.
  return { ...definition, schema: definition.schema as z.ZodType<z.output<S>> };
}

/** A job's payload that its schema refuses: the job fails loudly and stays in the queue, with this message, to be looked at. */
export class InvalidJobPayloadError extends Error {
  constructor(job: string, issues: string) {
    super(`The ${job} job's payload is malformed (${issues}); the job stays in the queue with this error.`);
    this.name = 'InvalidJobPayloadError';
  }
}
