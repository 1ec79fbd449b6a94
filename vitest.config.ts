import { defineConfig } from 'vitest/config';
import path from 'node:path';

const alias = { '@': path.resolve(__dirname) };

// Three projects so each can be run alone: pure unit tests, program tests
// (compiled .so files inside LiteSVM) and RPC tests (a live local server).
export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          include: ['lib/**/*.test.ts', 'programs/build/**/*.test.ts', 'components/**/*.test.ts'],
          exclude: ['**/*.rpc.test.ts', 'node_modules/**'],
          // Some unit tests run LiteSVM; a loaded CI machine must not turn
          // slowness into failures (speed is measured in bench/, not here).
          testTimeout: 30_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'programs',
          include: ['programs/*/tests/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'rpc',
          include: ['lib/**/*.rpc.test.ts'],
          testTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
