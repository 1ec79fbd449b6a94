import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_LAUNCH } from './e2e/chromium';

/**
 * Browser tests run Debian's chromium (`npx playwright install` cannot download
 * here). `npm run dev` starts the local chain, waits for it, then `next dev`.
 *
 * The app is opened at http://localhost:3000, not 127.0.0.1: `next dev` only
 * serves its dev client (HMR, hydration) to localhost unless next.config.js
 * lists other hosts in `allowedDevOrigins`. The health URL is a plain route
 * handler, which is not gated.
 */
const baseURL = process.env.KEEL_E2E_BASE_URL ?? 'http://localhost:3000';

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  outputDir: './test-results',
  // A focused test left in skips the others: refused everywhere, not only on CI.
  forbidOnly: true,
  // One retry on CI keeps a one-off stall from blocking a landing, but a test
  // that needed it is reported as flaky by name (scripts/test-all.ts), not absorbed.
  retries: process.env.CI ? 1 : 0,
  // Two cores: the chain, next dev and chromium already share them.
  workers: 1,
  fullyParallel: false,
  timeout: 90_000,
  expect: { timeout: 20_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : [['list']],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    // Give first-visit compiles in `next dev` room.
    navigationTimeout: 60_000,
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: CHROMIUM_LAUNCH,
      },
    },
  ],
  webServer: {
    // The keeper stays off: its background compounds and refreshes would race
    // the tests' own claims and reads (lib/keeper has its own RPC tests). So
    // does the reporter: its rounds every 10 s would move the makers board
    // under the tests; the makers spec runs the same reporter's rounds itself
    // (e2e/makers-chain.ts, lib/reporter has its own RPC tests).
    command: 'KEEL_KEEPER=off KEEL_REPORTER=off npm run dev',
    url: 'http://127.0.0.1:3000/api/health',
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
