import type { Connection, PublicKey } from '@solana/web3.js';
import { prepareDemo } from '@/lib/demo/prepare';
import { streamRatePerSecond } from '@/lib/programs/staking';
import { fetchChainUnixTime } from '@/lib/staking/clock-sysvar';
import { readPosition, readStakingConfig, tokenBalance } from './chain';
import { expect, test } from './fixtures';
import { amountOf, StakePage } from './pages/stake-page';
import { RewardsPage } from './pages/rewards-page';

/**
 * What one position earns per second from the stream now (its weight's share),
 * rounded up: the "tick" within which the claimed amount must match the shown one.
 */
async function positionRate(connection: Connection, owner: PublicKey, id: number): Promise<bigint> {
  const config = await readStakingConfig(connection);
  const position = await readPosition(connection, owner, id);
  const now = await fetchChainUnixTime(connection);
  const pool = streamRatePerSecond(config, now);
  return BigInt(Math.ceil((pool * Number(position.rewardWeight)) / Number(config.totalRewardWeight))) + 1n;
}

test.describe('rewards', () => {
  // Several transactions, time warps and (on a cold `next dev`) first-visit compiles on two cores.
  test.describe.configure({ timeout: 180_000 });

  test.beforeAll(async ({ connection }) => {
    await prepareDemo({ connection });
  });

  test('pending rewards tick with the stream; claim pays what was shown, within the tick', async ({ page, devPanel, devWallet, connection }, testInfo) => {
    const stake = new StakePage(page);
    await stake.goto();
    await stake.fundWallet();
    await stake.stake('2,000', '90 days');
    await expect(stake.row(0)).toBeVisible();
    await devPanel.warp('1 day');

    const rewards = new RewardsPage(page);
    await rewards.portal.navLink('Rewards').click();
    await expect(rewards.table).toBeVisible({ timeout: 60_000 });
    const pending = rewards.pending(0);
    await expect.poll(() => amountOf(pending), { timeout: 30_000 }).toBeGreaterThan(0n);
    // It ticks: a later reading is higher.
    const first = await amountOf(pending);
    await expect.poll(() => amountOf(pending), { timeout: 15_000 }).toBeGreaterThan(first);
    await expect(rewards.pendingTotal).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('rewards-before-claim.png'), fullPage: true });

    const rate = await positionRate(connection, devWallet.publicKey, 0);
    const before = await tokenBalance(connection, devWallet.publicKey);
    const shown = await amountOf(pending);
    const shownAt = Date.now();
    await rewards.claim(0);
    const elapsed = BigInt(Math.ceil((Date.now() - shownAt) / 1000) + 2);
    await expect.poll(() => tokenBalance(connection, devWallet.publicKey)).toBeGreaterThan(before);
    const claimed = (await tokenBalance(connection, devWallet.publicKey)) - before;
    // The chain paid what the page showed, plus what accrued between reading and landing (and a tick either way).
    expect(claimed).toBeGreaterThanOrEqual(shown - rate * 2n);
    expect(claimed).toBeLessThanOrEqual(shown + rate * elapsed);

    // The claim is listed under the last claims, with the amount paid.
    await expect(rewards.activityRows.first()).toContainText('Claimed');
    await expect(rewards.activityRows.first().getByTestId('activity-amount')).toHaveAttribute('data-amount', String(claimed));
    // Pending starts again from (almost) zero.
    expect(await amountOf(pending)).toBeLessThan(shown);
    await page.screenshot({ path: testInfo.outputPath('rewards-after-claim.png'), fullPage: true });
  });

  test('claim all pays every position in one transaction; auto-compound toggles', async ({ page, devPanel, devWallet, connection }) => {
    const stake = new StakePage(page);
    await stake.goto();
    await stake.fundWallet();
    await stake.stake('1,000', '7 days');
    await expect(stake.row(0)).toBeVisible();
    await stake.stake('1,000', '180 days');
    await expect(stake.row(1)).toBeVisible();
    await devPanel.warp('1 day');

    const rewards = new RewardsPage(page);
    await rewards.portal.navLink('Rewards').click();
    await expect(rewards.rows).toHaveCount(2, { timeout: 60_000 });
    await expect.poll(() => amountOf(rewards.pendingTotal), { timeout: 30_000 }).toBeGreaterThan(0n);

    expect((await readPosition(connection, devWallet.publicKey, 1)).autoCompound).toBe(false);
    await rewards.autoCompound(1).click();
    await expect(rewards.autoCompound(1)).toHaveAttribute('aria-checked', 'true', { timeout: 45_000 });
    // The switch is the position's flag on chain (what the keeper reads), not a page setting.
    await expect.poll(async () => (await readPosition(connection, devWallet.publicKey, 1)).autoCompound).toBe(true);
    expect((await readPosition(connection, devWallet.publicKey, 0)).autoCompound).toBe(false);

    const before = await tokenBalance(connection, devWallet.publicKey);
    const shown = await amountOf(rewards.pendingTotal);
    const rate = (await positionRate(connection, devWallet.publicKey, 0)) + (await positionRate(connection, devWallet.publicKey, 1));
    const shownAt = Date.now();
    await rewards.claimAllButton.click();
    const toast = rewards.portal.toasts.filter({ hasText: /from 2 positions/ });
    await expect(toast).toHaveAttribute('data-status', 'confirmed', { timeout: 45_000 });
    const elapsed = BigInt(Math.ceil((Date.now() - shownAt) / 1000) + 2);
    await expect.poll(() => tokenBalance(connection, devWallet.publicKey)).toBeGreaterThan(before);
    const claimed = (await tokenBalance(connection, devWallet.publicKey)) - before;
    expect(claimed).toBeGreaterThanOrEqual(shown - rate * 2n);
    expect(claimed).toBeLessThanOrEqual(shown + rate * elapsed);
    await expect(rewards.activityRows).toHaveCount(2);
  });
});
