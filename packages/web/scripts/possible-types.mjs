/**
 * Writes src/lib/possible-types.json from the API schema and the SPA's operations: for every union and interface that
 * an operation names as a fragment's type (`... on DomainError`), the object types that belong to it. Apollo's cache
 * needs this to match fragments on abstract types, and nothing else of it (the cache's type policies name object
 * types only): the other unions of the schema would be bytes in every first download for nothing.
 * Runs before every build; commit the result so typecheck and the dev server work without it.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { buildSchema, isAbstractType, parse, visit } from 'graphql';

const schemaPath = new URL('../../schema/schema.graphql', import.meta.url);
const operationsDir = new URL('../../schema/operations/', import.meta.url);
const outputPath = new URL('../src/lib/possible-types.json', import.meta.url);

const schema = buildSchema(readFileSync(schemaPath, 'utf8'));
/** The types the SPA's operations name in fragments (inline or named). */
const fragmentTypes = new Set();
for (const file of readdirSync(operationsDir).filter((name) => name.endsWith('.graphql'))) {
  visit(parse(readFileSync(new URL(file, operationsDir), 'utf8')), {
    InlineFragment: (node) => void (node.typeCondition && fragmentTypes.add(node.typeCondition.name.value)),
    FragmentDefinition: (node) => void fragmentTypes.add(node.typeCondition.name.value),
  });
}
const possibleTypes = {};
for (const type of Object.values(schema.getTypeMap()).sort((a, b) => a.name.localeCompare(b.name))) {
  if (type.name.startsWith('__') || !isAbstractType(type) || !fragmentTypes.has(type.name)) continue;
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
