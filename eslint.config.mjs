import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

// eslint-config-next 16 ships native flat configs; the FlatCompat bridge
// (`compat.extends('next/...')`) crashes on its circular plugin objects.
export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    'node_modules/**',
    '.next/**',
    'out/**',
    'build/**',
    'programs/.cache/**',
    'programs/target/**',
    'test-results/**',
    'playwright-report/**',
    '.localnet/**',
    'bench/tmp/**',
    'next-env.d.ts',
  ]),
  {
    rules: {
      'no-console': ['warn', { allow: ['warn', 'error', 'info'] }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Tool configs (postcss, next, playwright) conventionally default-export a literal.
    files: ['*.config.{js,mjs,cjs,ts}'],
    rules: { 'import/no-anonymous-default-export': 'off' },
  },
  {
    // Codama's renderer types an instruction with no arguments besides its
    // discriminator as `{}` (makers: withdraw_bond, claim, rollover, slash);
    // generated code is regenerated, not edited.
    files: ['lib/programs/generated/**/*.ts'],
    rules: { '@typescript-eslint/no-empty-object-type': 'off' },
  },
  {
    // Playwright fixtures hand values on with a callback named `use`, which the
    // React hooks rule mistakes for React's `use()`.
    files: ['e2e/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
]);
