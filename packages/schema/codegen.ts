import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for every operation in operations/, for the SPA and for the API's tests, and the trusted-documents
 * manifest (`persisted-documents.json`, hash → document): the only operations the API runs for clients without an
 * API key when it enforces trusted documents. Each typed document carries its hash (`__meta__.hash`), which the SPA
 * sends instead of the text.
 */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['operations/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'src/generated/': {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
        gqlTagName: 'gql',
        persistedDocuments: { mode: 'embedHashInDocument', hashAlgorithm: 'sha256' },
      },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: false,
        nonOptionalTypename: true,
        scalars: { DateTimeISO: 'string', ID: 'string', SafeInt: 'number' },
      },
    },
  },
};
export default config;
