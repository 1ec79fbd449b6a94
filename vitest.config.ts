import { defineConfig } from 'vitest/config';
import path from 'node:path';

const alias = { '@': path.resolve(__dirname) };

// What every project shares. `.only` fails the run everywhere, not only when
// CI is set (vitest's default): a focused test left in silently skips the rest.
const shared = { resolve: { alias } };
const strict = { allowOnly: false, passWithNoTests: false };

// Three projects so each can be run alone: pure unit tests, program tests
// (compiled .so files inside LiteSVM) and RPC tests (a live local server).
// Each test file belongs to exactly one project: the include patterns do not
// overlap (programs/build/ holds the toolchain's tests, not a program's).
export default defineConfig({
  ...shared,
  test: {
    ...strict,
    projects: [
      {
        ...shared,
        test: {
          ...strict,
          name: 'unit',
          include: ['lib/**/*.test.ts', 'programs/build/**/*.test.ts', 'components/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: ['**/*.rpc.test.ts', 'node_modules/**'],
          // Some unit tests run LiteSVM; a loaded CI machine must not turn
          // slowness into failures (speed is measured in bench/, not here).
          testTimeout: 30_000,
        },
      },
      {
        ...shared,
        test: {
          ...strict,
          name: 'programs',
          include: ['programs/*/tests/**/*.test.ts'],
          exclude: ['programs/build/**', 'node_modules/**'],
          testTimeout: 60_000,
        },
      },
      {
        ...shared,
        test: {
          ...strict,
          name: 'rpc',
          include: ['lib/**/*.rpc.test.ts'],
          testTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
