import type { CodegenConfig } from '@graphql-codegen/cli';

// Paths are relative to the repository root (npm scripts run there).
// HOTEL_CRM_SCHEMA / HOTEL_CRM_CODEGEN_OUT exist for codegen:check, which
// regenerates into a temporary folder and compares.
const schema = process.env.HOTEL_CRM_SCHEMA ?? 'schema/schema.graphql';
const out = process.env.HOTEL_CRM_CODEGEN_OUT ?? 'web/src/gql/';

const config: CodegenConfig = {
  schema,
  documents: ['web/src/**/*.{ts,tsx}', '!web/src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    [out]: {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
      },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: true,
        scalars: {
          Date: 'string',
          DateTime: 'string',
          Fen: 'number',
          ID: 'string',
        },
        avoidOptionals: false,
        strictScalars: true,
      },
    },
  },
  hooks: {},
};

export default config;
