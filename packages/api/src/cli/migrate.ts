import { runMigrations } from '../platform/db/migrate';

const url = process.env.DATABASE_URL;
if (!url) {
  console.error('DATABASE_URL is not set. `npm start` migrates the embedded database by itself.');
  process.exit(1);
}
runMigrations(url).then(
  () => console.log('Migrations applied.'),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
