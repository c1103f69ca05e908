/**
 * The typed GraphQL documents (packages/schema/src/generated/graphql.ts, one `export const XDocument = {…}` line per
 * operation and fragment, from codegen's client preset) become one module each in the SPA's build, so every document
 * ships in the chunk of the page that uses it: a bundler keeps a module whole, and one module holding all 245 put
 * every page's queries in the download of the first. The file's types are erased anyway; what is left of it is a list
 * of re-exports. Codegen stays as it is (others' new operations need nothing), and a document line of another shape
 * fails the build rather than shipping everything again.
 */
import type { Plugin } from 'vite';

const generatedDocuments = /[\\/]packages[\\/]schema[\\/]src[\\/]generated[\\/]graphql\.ts$/;
const documentLine = /^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/;
const prefix = '\0skillcall-document:';

export function documentsPerModule(): Plugin {
  const documents = new Map<string, string>();
  return {
    name: 'skillcall:documents-per-module',
    apply: 'build',
    enforce: 'pre',
    load(id) {
      if (id.startsWith(prefix)) {
        const name = id.slice(prefix.length);
        const json = documents.get(name);
        if (json === undefined) throw new Error(`No generated document ${name}`);
        return `export const ${name} = ${json};`;
      }
      return null;
    },
    resolveId(source) {
      return source.startsWith(prefix) ? source : null;
    },
    transform(code, id) {
      if (!generatedDocuments.test(id)) return null;
      const exports: string[] = [];
      for (const line of code.split('\n')) {
        if (!line.startsWith('export const ')) continue;
        const match = documentLine.exec(line);
        if (!match) throw new Error(`documents-per-module: unexpected line in ${id}: ${line.slice(0, 120)}`);
        documents.set(match[1]!, match[2]!);
        exports.push(`export { ${match[1]} } from '${prefix}${match[1]}';`);
      }
      return { code: exports.join('\n'), map: null };
    },
  };
}
