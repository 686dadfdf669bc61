import type { CodegenConfig } from '@graphql-codegen/cli';

// Generates typed operations from the committed schema file (never from a live server).
// Operations live next to the components that use them, written with `graphql(...)`.
const config: CodegenConfig = {
  schema: '../schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*', '!src/**/*.test.{ts,tsx}'],
  ignoreNoDocuments: false,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
        gqlTagName: 'graphql',
      },
      config: {
        documentMode: 'string',
        enumType: 'string-literal',
        useTypeImports: true,
        scalars: { DateTime: 'string', JSON: 'unknown' },
        strictScalars: true,
        skipTypename: true,
      },
    },
  },
};

export default config;
