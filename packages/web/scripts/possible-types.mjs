/**
 * Writes src/lib/possible-types.json from the API schema: for every union and interface, the object types
 * that belong to it. Apollo's cache needs this to match fragments on abstract types (`... on DomainError`).
 * Runs before every build; commit the result so typecheck and the dev server work without it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { buildSchema, isAbstractType } from 'graphql';

const schemaPath = new URL('../../schema/schema.graphql', import.meta.url);
const outputPath = new URL('../src/lib/possible-types.json', import.meta.url);

const schema = buildSchema(readFileSync(schemaPath, 'utf8'));
const possibleTypes = {};
for (const type of Object.values(schema.getTypeMap()).sort((a, b) => a.name.localeCompare(b.name))) {
  if (type.name.startsWith('__') || !isAbstractType(type)) continue;
  possibleTypes[type.name] = schema
    .getPossibleTypes(type)
    .map((t) => t.name)
    .sort();
}
// Formatted as Prettier would (printWidth 140), so `prettier --check` and this script agree.
const entries = Object.entries(possibleTypes).map(([name, members]) => {
  const line = `  ${JSON.stringify(name)}: [${members.map((m) => JSON.stringify(m)).join(', ')}]`;
  return line.length < 140 ? line : `  ${JSON.stringify(name)}: [\n${members.map((m) => `    ${JSON.stringify(m)}`).join(',\n')}\n  ]`;
});
const json = `{\n${entries.join(',\n')}\n}\n`;
let current = '';
try {
  current = readFileSync(outputPath, 'utf8');
} catch {
  // first run
}
if (current !== json) writeFileSync(outputPath, json);
