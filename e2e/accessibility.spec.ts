import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { devKeypair } from '@/lib/demo/keys';
import { expect, installDevWalletKey, test } from './fixtures';

/**
 * WCAG 2.1 A/AA checks (axe-core) of every live page, with a connected wallet
 * that has positions and votes (the demo's alice), in light and dark mode.
 * Each page is checked once its chain data shows, so the check covers the
 * real content, not a loading state.
 */
const PAGES: { path: string; ready: (page: Page) => ReturnType<Page['getByTestId']> }[] = [
  { path: '/', ready: (p) => p.getByRole('heading', { level: 1 }) },
  { path: '/stake', ready: (p) => p.getByTestId('position-row').first() },
  { path: '/rewards', ready: (p) => p.getByTestId('reward-row').first() },
  { path: '/governance', ready: (p) => p.getByTestId('proposal-filters') },
  { path: '/governance/0', ready: (p) => p.getByTestId('proposal-results') },
  { path: '/governance/new', ready: (p) => p.getByTestId('new-proposal') },
  { path: '/makers', ready: (p) => p.getByTestId('leaderboard').getByRole('table') },
];

async function violations(page: Page) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    // Next's dev-only overlay button is not part of the portal.
    .exclude('nextjs-portal')
    .analyze();
  // Rule, impact and where: readable when the expectation fails.
  return result.violations.map((v) => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`accessibility (${colorScheme})`, () => {
    test.use({ colorScheme });

    test('every live page passes WCAG 2.1 AA checks with a wallet connected', async ({ page, portal }) => {
      test.setTimeout(180_000);
      await installDevWalletKey(page, devKeypair('alice'));
      await portal.goto('/');
      await portal.connectDevWallet();
      for (const { path, ready } of PAGES) {
        await portal.goto(path);
        await expect(ready(page)).toBeVisible({ timeout: 60_000 });
        expect(await violations(page), path).toEqual([]);
      }
    });
  });
}
