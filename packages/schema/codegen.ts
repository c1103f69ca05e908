import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed documents for every operation in operations/, for the SPA and for the API's tests. */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['operations/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'src/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, gqlTagName: 'gql' },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: false,
        nonOptionalTypename: true,
        scalars: { DateTimeISO: 'string', ID: 'string' },
        documentMode: 'documentNode',
      },
    },
  },
};
export default config;
