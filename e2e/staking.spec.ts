import { dayCeil } from '@/lib/programs/staking/schedule';
import type { Connection } from '@solana/web3.js';
import { voteOnDemoProposal } from '@/lib/demo/governance';
import { prepareDemo } from '@/lib/demo/prepare';
import { fetchChainUnixTime } from '@/lib/staking/clock-sysvar';
import { formatChainDate } from '@/lib/staking/format';
import { readPosition, tokenBalance } from './chain';
import { expect, test } from './fixtures';
import { amountOf, StakePage } from './pages/stake-page';

const KEEL = 1_000_000_000n;
const DAY = 86_400n;
/** Every way the page may print "chain now + lock" to the minute, allowing for the seconds the page and the test run apart. */
async function unlockCandidates(connection: Connection, lockSecs: bigint): Promise<string[]> {
  const now = await fetchChainUnixTime(connection);
  const out = new Set<string>();
  // A lock ends at the first 00:00 UTC at or after start + its duration (the program's rule).
  for (let d = -120n; d <= 120n; d += 30n) out.add(formatChainDate(new Date(Number(dayCeil(now + lockSecs + d)) * 1000)));
  return [...out];
}

test.describe('staking', () => {
  // Several transactions, time warps and (on a cold `next dev`) first-visit compiles on two cores.
  test.describe.configure({ timeout: 180_000 });

  test.beforeAll(async ({ connection }) => {
    await prepareDemo({ connection });
  });

  test('stake on the 30-day tier, see voting power and unlock date; after 31 days unstake without penalty', async ({
    page,
    devPanel,
    devWallet,
    connection,
  }, testInfo) => {
    const stake = new StakePage(page);
    await stake.goto();
    await expect(stake.stats.getByTestId('stat-penalty')).toHaveText('10 %');
    await stake.fundWallet();
    await expect.poll(() => tokenBalance(connection, devWallet.publicKey)).toBe(10_000n * KEEL);
    await expect(stake.balance).toHaveAttribute('data-amount', String(10_000n * KEEL));

    // The form refuses what the program would refuse, in words.
    await stake.amount.fill('50');
    await expect(stake.amountError).toHaveText('The minimum stake is 100 KEEL.');
    await stake.amount.fill('1.0000000001');
    await expect(stake.amountError).toHaveText('At most 9 decimal places.');
    await stake.amount.fill('20,000');
    await expect(stake.amountError).toHaveText('You hold 10,000 KEEL.');
    await expect(stake.submit).toBeDisabled();

    // Before signing: voting power and unlock date of the 30-day tier.
    await stake.amount.fill('1,000');
    await stake.chooseTier('30 days');
    await expect(stake.amountError).toHaveCount(0);
    await expect(stake.quoteVotingPower).toHaveText('1,500');
    expect(await unlockCandidates(connection, 30n * DAY)).toContain(await stake.quoteUnlock.textContent());
    await page.screenshot({ path: testInfo.outputPath('stake-form.png'), fullPage: true });

    await stake.stake('1,000', '30 days');
    const row = stake.row(0);
    await expect(row).toBeVisible();
    await expect(row.getByTestId('position-amount')).toHaveAttribute('data-amount', String(1_000n * KEEL));
    await expect(row.getByTestId('position-voting-power')).toHaveText('1,500');
    // 30 days, to the next 00:00 UTC.
    await expect(row.getByTestId('position-countdown')).toHaveText(/^(30 d \d{1,2} h|29 d 23 h) left$/);
    expect(await unlockCandidates(connection, 30n * DAY)).toContain(await row.getByTestId('position-unlock-date').textContent());
    await expect(stake.walletVotingPower).toHaveText('1,500');
    await expect.poll(() => tokenBalance(connection, devWallet.publicKey)).toBe(9_000n * KEEL);
    // The position the row shows is the one on chain: the amount, locked for the tier's 30 days.
    const staked = await readPosition(connection, devWallet.publicKey, 0);
    expect(staked.amount).toBe(1_000n * KEEL);
    expect(staked.lockEndTs).toBe(dayCeil(staked.lockStartTs + 30n * DAY));
    await page.screenshot({ path: testInfo.outputPath('stake-position.png'), fullPage: true });

    // 31 days later the lock has ended.
    await devPanel.warp('30 days');
    await devPanel.warp('1 day');
    await expect(row.getByTestId('position-countdown')).toHaveText('Unlocked');
    // An ended lock counts at the no-lock multiplier (1×) from now on.
    await expect(row.getByTestId('position-voting-power')).toHaveText('1,000');
    await expect(stake.walletVotingPower).toHaveText('1,000');

    await stake.openUnstake(0);
    await stake.unstakeField().fill('400');
    await expect(stake.unstakeDialog.getByTestId('unstake-penalty')).toHaveText('None');
    await expect(stake.unstakeDialog.getByTestId('unstake-payout').locator('[data-amount]')).toHaveAttribute('data-amount', String(400n * KEEL));
    await page.screenshot({ path: testInfo.outputPath('unstake-after-lock.png') });
    await stake.confirmUnstake();

    await expect.poll(() => tokenBalance(connection, devWallet.publicKey)).toBe(9_400n * KEEL);
    await expect(stake.balance).toHaveAttribute('data-amount', String(9_400n * KEEL));
    await expect(row.getByTestId('position-amount')).toHaveAttribute('data-amount', String(600n * KEEL));
    await expect(row.getByTestId('position-voting-power')).toHaveText('600');
    expect((await readPosition(connection, devWallet.publicKey, 0)).amount).toBe(600n * KEEL);
  });

  test('an early unstake shows the 10 % penalty in tokens before signing and charges it', async ({ page, devWallet, connection }, testInfo) => {
    const stake = new StakePage(page);
    await stake.goto();
    await stake.fundWallet();
    await stake.stake('1,000', '30 days');
    await expect(stake.row(0)).toBeVisible();
    const before = await tokenBalance(connection, devWallet.publicKey);
    expect(before).toBe(9_000n * KEEL);

    await stake.openUnstake(0);
    // A partial unstake must leave the minimum stake: the dialog says so and offers unstake all.
    await stake.unstakeField().fill('950');
    await expect(stake.unstakeDialog).toContainText('A position keeps at least 100 KEEL: unstake at most 900 KEEL, or all of it.');
    await expect(stake.unstakeDialog.getByTestId('unstake-confirm')).toBeDisabled();
    await stake.unstakeDialog.getByTestId('unstake-all').click();
    await expect(stake.unstakeField()).toHaveValue('1000');
    await expect(stake.unstakeDialog.getByTestId('unstake-all')).toHaveCount(0);
    await stake.unstakeField().fill('500');
    const penalty = stake.unstakeDialog.getByTestId('unstake-penalty').locator('[data-amount]');
    const payout = stake.unstakeDialog.getByTestId('unstake-payout').locator('[data-amount]');
    await expect(penalty).toHaveAttribute('data-amount', String(50n * KEEL));
    await expect(penalty).toHaveText(/^50\s*KEEL$/);
    await expect(payout).toHaveAttribute('data-amount', String(450n * KEEL));
    await expect(stake.unstakeDialog.getByTestId('unstake-penalty-warning')).toContainText('kept as the early-unstake penalty');
    await expect(stake.unstakeDialog.getByTestId('unstake-confirm')).toHaveText('Unstake and pay the penalty');
    await page.screenshot({ path: testInfo.outputPath('unstake-early.png') });
    expect(await amountOf(payout)).toBe(450n * KEEL);
    await stake.confirmUnstake();

    await expect.poll(() => tokenBalance(connection, devWallet.publicKey)).toBe(before + 450n * KEEL);
    await expect(stake.row(0).getByTestId('position-amount')).toHaveAttribute('data-amount', String(500n * KEEL));
    await expect(stake.balance).toHaveAttribute('data-amount', String(before + 450n * KEEL));
    // On chain too the position keeps 500: the penalty came out of the 500 unstaked, not out of what stays staked.
    expect((await readPosition(connection, devWallet.publicKey, 0)).amount).toBe(500n * KEEL);
  });

  test('a vote-locked position refuses unstaking with a clear sentence', async ({ page, devWallet, connection }) => {
    const stake = new StakePage(page);
    await stake.goto();
    await stake.fundWallet();
    // A vote needs 1,000 voting power.
    await stake.stake('1,000', '7 days');
    await expect(stake.row(0)).toBeVisible();

    // A real vote on a demo proposal: governance locks the position through staking.
    await voteOnDemoProposal({ connection, voter: devWallet });
    await page.reload();
    await expect(stake.row(0).getByTestId('position-vote-locked')).toContainText('Vote-locked until', { timeout: 60_000 });
    // The lock is the position's on chain (the program refuses the unstake), not only the page's reading of the vote.
    expect((await readPosition(connection, devWallet.publicKey, 0)).voteLockedUntilTs).toBeGreaterThan(await fetchChainUnixTime(connection));

    await stake.openUnstake(0);
    await expect(stake.unstakeDialog.getByTestId('unstake-refused')).toHaveText(
      /^This position is locked by a governance vote until .+; it cannot be unstaked before then\.$/,
    );
    await expect(stake.unstakeDialog.getByTestId('unstake-confirm')).toBeDisabled();
  });
});
