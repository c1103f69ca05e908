import { writeFileSync } from 'node:fs';
import { buildAppSchema, emittedSchemaPath, printAppSchema } from '../schema';

writeFileSync(emittedSchemaPath, printAppSchema(buildAppSchema()));
console.log(`Wrote ${emittedSchemaPath}`);
