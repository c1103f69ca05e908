/**
 * `pnpm import-rates <file>`: stores exchange rates from a file, for an installation that cannot reach the ECB
 * (DATABASE_URL, or the embedded database of `npm start`, with the server stopped). The file is one of the ECB's
 * reference-rate XML files, or a CSV file with the columns `date,currency,rate` (units of the currency per euro).
 */
import 'reflect-metadata';
import { readFile } from 'node:fs/promises';
import { importRatesFile } from '../modules/exchange-rates/exchange-rate.service';
import { runSystemTask } from './system-task';

const file = process.argv[2];
if (!file) {
  console.error('Usage: pnpm import-rates <file.xml|file.csv>');
  process.exit(1);
}

runSystemTask('import-rates', { poolSize: 2 }, async (ctx) => {
  const text = await readFile(file, 'utf8');
  const loaded = await importRatesFile(ctx, text);
  console.log(`Imported ${loaded.count} rates, from ${loaded.firstDay} to ${loaded.lastDay}.`);
});
