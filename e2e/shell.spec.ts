import { expect, test } from './fixtures';

const SECTIONS = ['Stake', 'Rewards', 'Makers', 'Governance', 'Analytics', 'Tables'] as const;

/** Sections whose feature has landed: no placeholder, the feature itself. */
const LIVE: Partial<Record<(typeof SECTIONS)[number], string>> = {
  Stake: 'protocol-stats',
  Rewards: 'rewards-table',
  Makers: 'leaderboard',
  Governance: 'proposal-list',
};

test('every section has a route with its feature or an honest placeholder', async ({ page, portal }) => {
  await portal.goto('/');
  for (const name of SECTIONS) {
    await portal.navLink(name).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(portal.navLink(name)).toHaveAttribute('aria-current', 'page');
    const live = LIVE[name];
    if (live) {
      // The feature, or the sentence saying why staking (governance, makers) is not usable on this chain.
      const unavailable = page.getByTestId('staking-unavailable').or(page.getByTestId('governance-unavailable')).or(page.getByTestId('makers-unavailable'));
      await expect(page.getByTestId(live).or(unavailable)).toBeVisible({ timeout: 60_000 });
      await expect(page.getByTestId('coming-soon')).toHaveCount(0);
    } else {
      await expect(page.getByTestId('coming-soon')).toContainText(`What ${name} will show`);
    }
  }
  // Each program-backed section says whether its program is on the chain.
  await portal.navLink('Governance').click();
  await expect(page.getByTestId('program-status-governance')).toHaveAttribute('data-state', /^(deployed|missing)$/);
});

test('unknown routes show the not-found page', async ({ page }) => {
  const response = await page.goto('/no-such-page');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});

test('the cluster selector validates a custom RPC URL', async ({ page, portal }) => {
  await portal.goto('/');
  await portal.clusterBadge.click();
  const dialog = page.getByRole('dialog', { name: 'Choose cluster' });
  await dialog.getByRole('radio', { name: /Custom RPC/ }).check();
  await dialog.getByLabel('RPC URL').fill('ftp://example.com');
  await dialog.getByRole('button', { name: 'Switch' }).click();
  await expect(dialog.getByRole('alert')).toContainText('http');
  await dialog.getByRole('radio', { name: /Devnet/ }).check();
  await dialog.getByRole('button', { name: 'Switch' }).click();
  await expect(portal.clusterBadge).toContainText('Devnet');
  // Dev tools are localnet-only.
  await expect(page.getByTestId('dev-panel')).toHaveCount(0);
  // The choice persists.
  await page.reload();
  await expect(portal.clusterBadge).toContainText('Devnet');
});

test('the cluster selector fits a phone screen', async ({ page, portal }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await portal.goto('/');
  await portal.clusterBadge.click();
  const dialog = page.getByRole('dialog', { name: 'Choose cluster' });
  const box = (await dialog.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  await dialog.getByRole('radio', { name: /Custom RPC/ }).check();
  await expect(dialog.getByLabel('RPC URL')).toBeInViewport();
});
