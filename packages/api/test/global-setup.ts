import type { TestProject } from 'vitest/node';
import { startTestPostgres } from './postgres-for-tests';

declare module 'vitest' {
  export interface ProvidedContext {
    adminDatabaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const pg = await startTestPostgres();
  project.provide('adminDatabaseUrl', pg.adminUrl);
  return () => pg.stop();
}
