import path from 'node:path';
import { drizzle } from 'drizzle-orm/postgres-js';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { migrateJobQueue } from '../jobs/worker';

export const migrationsFolder = path.resolve(__dirname, '../../../../../drizzle');
const migrationLockKey = 727_001;

/**
 * Applies drizzle/ migrations, then the job queue's own, under an advisory lock so several API instances starting
 * together do not race.
 */
export async function runMigrations(databaseUrl: string): Promise<void> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    await sql`select pg_advisory_lock(${migrationLockKey})`;
    await migrate(drizzle(sql), { migrationsFolder });
    await migrateJobQueue(databaseUrl);
    await sql`select pg_advisory_unlock(${migrationLockKey})`;
  } finally {
    await sql.end({ timeout: 5 });
  }
}
