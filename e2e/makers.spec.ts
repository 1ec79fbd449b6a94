import { type Connection, PublicKey } from '@solana/web3.js';
import { DEMO_MAKERS } from '@/lib/demo/addresses';
import { prepareDemo } from '@/lib/demo/prepare';
import { seasonStats } from '@/lib/programs/makers';
import { fetchChainUnixTime } from '@/lib/staking/clock-sysvar';
import { formatChainDate } from '@/lib/staking/format';
import { tokenBalance } from './chain';
import { expect, test } from './fixtures';
import { boardOf, creditByReporter, ensureMakers, readMaker, readMakersConfig } from './makers-chain';
import { MakersPage } from './pages/makers-page';
import { amountOf } from './pages/stake-page';

const KEEL = 1_000_000_000n;
const DAY = 86_400n;
/** The demo's season of genesis fills. */
const SEEDED = 1;

/** Every way the page may print "chain now + secs" to the minute, allowing for the seconds the page and the test run apart. */
async function dateCandidates(connection: Connection, secs: bigint): Promise<string[]> {
  const now = await fetchChainUnixTime(connection);
  const out = new Set<string>();
  for (let d = -120n; d <= 120n; d += 30n) out.add(formatChainDate(new Date(Number(now + secs + d) * 1000)));
  return [...out];
}

const nonIncreasing = <T>(xs: T[]) => xs.every((x, i) => i === 0 || xs[i - 1]! >= x);
const nonDecreasing = <T>(xs: T[]) => xs.every((x, i) => i === 0 || xs[i - 1]! <= x);

test.describe('makers', () => {
  // Transactions, reporter rounds, a time warp and (on a cold `next dev`) first-visit compiles on two cores.
  test.describe.configure({ timeout: 180_000 });

  test.beforeAll(async ({ connection }) => {
    await prepareDemo({ connection });
  });

  test('the seeded leaderboard: its order, sorting, search and pagination', async ({ page, connection }, testInfo) => {
    const makers = new MakersPage(page);
    await makers.goto();
    await makers.chooseSeason(SEEDED);

    // The demo's story: Harbor (tight, large, early) first; every demo maker listed in rank order with its figures.
    const expected = (await boardOf(connection, SEEDED)).rows;
    expect(expected[0]!.wallet).toBe(DEMO_MAKERS[0].wallet);
    await expect.poll(async () => (await makers.shown()).map((r) => r.wallet)).toEqual(expected.slice(0, 10).map((r) => r.wallet));
    const shown = await makers.shown();
    expect(shown.map((r) => [r.rank, r.rewards, r.fills, r.score])).toEqual(expected.slice(0, 10).map((r) => [r.rank, r.rewards, r.fills, r.score]));
    // Ranked by score (improvement delivered), highest first.
    expect(nonIncreasing(shown.map((r) => r.score))).toBe(true);
    await page.screenshot({ path: testInfo.outputPath('makers-board.png'), fullPage: true });

    await makers.sort('Rewards', 'descending');
    expect(nonIncreasing((await makers.shown()).map((r) => r.rewards))).toBe(true);
    await makers.sort('Rewards', 'ascending');
    expect(nonDecreasing((await makers.shown()).map((r) => r.rewards))).toBe(true);
    await makers.sort('Fills', 'descending');
    expect(nonIncreasing((await makers.shown()).map((r) => r.fills))).toBe(true);
    await makers.sort('Avg improvement', 'descending');
    expect(nonIncreasing((await makers.shown()).map((r) => r.improvement))).toBe(true);
    await makers.sort('Rank', 'descending');
    expect((await makers.shown()).map((r) => r.rank)).toEqual(expected.map((r) => r.rank).reverse().slice(0, 10));
    await makers.sort('Rank', 'ascending');

    // Search by any part of an address.
    const meridian = DEMO_MAKERS[1].wallet;
    await makers.search.fill(meridian.slice(5, 12));
    await expect(makers.rows).toHaveCount(1);
    await expect(makers.rows.first()).toHaveAttribute('data-wallet', meridian);
    await makers.search.fill('0OIl');
    await expect(makers.rows).toHaveCount(0);
    await expect(page.getByTestId('leaderboard-empty')).toHaveText('No maker matches that address.');
    await makers.search.fill('');
    await expect(makers.rows).toHaveCount(Math.min(10, expected.length));

    // Pages: the current season lists every registered maker; with at least 7 of them, 5 a page makes two pages.
    await ensureMakers(connection, 7);
    const config = await readMakersConfig(connection);
    await makers.chooseSeason(config.seasonIndex);
    await expect.poll(async () => (await boardOf(connection, config.seasonIndex)).rows.length).toBeGreaterThanOrEqual(7);
    const total = config.makers;
    await makers.pageSize.selectOption('5');
    await expect(makers.range).toHaveText(`1–5 of ${total}`, { timeout: 30_000 });
    await expect(makers.rows).toHaveCount(5);
    await expect(page.getByTestId('leaderboard-page')).toHaveText(`Page 1 of ${Math.ceil(total / 5)}`);
    await makers.leaderboard.getByRole('button', { name: 'Next' }).click();
    await expect(makers.range).toHaveText(`6–${Math.min(10, total)} of ${total}`);
    expect((await makers.shown()).map((r) => r.rank)).toEqual(Array.from({ length: Math.min(10, total) - 5 }, (_, i) => i + 6));
    await makers.leaderboard.getByRole('button', { name: 'Previous' }).click();
    await expect(makers.range).toHaveText(`1–5 of ${total}`);
  });

  test('a row’s payout explanation adds up to its reward', async ({ page, connection }, testInfo) => {
    const makers = new MakersPage(page);
    await makers.goto();
    await makers.chooseSeason(SEEDED);
    const harbor = DEMO_MAKERS[0].wallet;
    await expect(makers.row(harbor)).toBeVisible();
    const rowReward = await amountOf(makers.row(harbor).getByTestId('row-rewards'));
    // The row is the maker account's season-1 reward.
    expect(rowReward).toBe(seasonStats(await readMaker(connection, new PublicKey(harbor)), SEEDED).rewards);

    await makers.explain(harbor);
    const part = (id: string) => amountOf(makers.payout.getByTestId(id));
    const total = await part('payout-total');
    expect(total).toBe(rowReward);
    const [base, multipliers, below, cap, budget] = await Promise.all([
      part('payout-base'),
      part('payout-multipliers'),
      part('payout-below-minimum'),
      part('payout-cap'),
      part('payout-budget'),
    ]);
    // Base + what the multipliers added − the cuts = the reward, to the base unit.
    expect(base + multipliers - below - cap - budget).toBe(total);
    expect(multipliers).toBeGreaterThan(0n); // Harbor is the early maker: 2× on every fill.
    await expect(makers.payout.getByTestId('payout-verdict')).toContainText('exactly the reward the maker account holds');
    // The fills listed are the row's: the first page of them, each with the reward the program paid.
    const fills = seasonStats(await readMaker(connection, new PublicKey(harbor)), SEEDED).fills;
    await expect(makers.payout.getByTestId('payout-fill')).toHaveCount(Math.min(20, fills));
    await expect(makers.payout.getByTestId('chart-daily')).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('makers-payout.png'), fullPage: true });
  });

  test('a maker registers and bonds, is credited by the reporter, and claims', async ({ page, devWallet, connection }, testInfo) => {
    const makers = new MakersPage(page);
    await makers.goto();
    await makers.fundWallet();
    expect(await tokenBalance(connection, devWallet.publicKey)).toBe(10_000n * KEEL);

    // Before signing: the cooldown and when an idle bond becomes slashable.
    await makers.panel.getByTestId('register-bond').fill('2,000');
    await expect(makers.panel.getByTestId('quote-cooldown')).toHaveText('7 days');
    const slashDate = (await makers.panel.getByTestId('quote-slash').textContent())!;
    expect(slashDate).toMatch(/\(7 days without a fill\), 10 % of the bond$/);
    expect(await dateCandidates(connection, 7n * DAY)).toContain(slashDate.replace(/ \(7 days.*$/, ''));
    await makers.register('2,000');
    await expect(makers.panel.getByTestId('maker-bond-amount')).toHaveAttribute('data-amount', String(2_000n * KEEL));
    expect((await readMaker(connection, devWallet.publicKey)).bond).toBe(2_000n * KEEL);
    await expect(makers.panel.getByTestId('maker-inactivity')).toContainText('Slashable from');
    // Its own row, pinned above the current season's board.
    await expect(makers.pinned).toHaveAttribute('data-wallet', devWallet.publicKey.toBase58(), { timeout: 30_000 });

    const earned = await creditByReporter(connection, devWallet.publicKey);
    await expect.poll(() => amountOf(makers.panel.getByTestId('maker-pending-amount')), { timeout: 30_000 }).toBe(earned);
    await expect.poll(() => amountOf(makers.pinned.getByTestId('row-rewards')), { timeout: 30_000 }).toBe(earned);
    await page.screenshot({ path: testInfo.outputPath('makers-credited.png'), fullPage: true });

    await makers.panel.getByTestId('maker-claim').click();
    await makers.confirmed(/^Claim .* of maker rewards/);
    await expect.poll(() => tokenBalance(connection, devWallet.publicKey)).toBe(8_000n * KEEL + earned);
    const after = await readMaker(connection, devWallet.publicKey);
    expect(after.rewardsClaimed).toBe(earned);
    await expect(makers.panel.getByTestId('maker-pending-amount')).toHaveAttribute('data-amount', '0');
  });

  test('an unbond waits out its cooldown', async ({ page, devWallet, connection }, testInfo) => {
    const makers = new MakersPage(page);
    await makers.goto();
    await makers.fundWallet();
    await makers.register('1,000');

    await makers.panel.getByTestId('maker-unbond').click();
    await expect(makers.unbondDialog).toBeVisible();
    await makers.unbondDialog.getByLabel('Amount to unbond').fill('400');
    // Leaving 600 bonded is under the 1,000 minimum: refused in words before signing.
    await expect(makers.unbondDialog.getByTestId('unbond-amount-error')).toHaveText(
      'A bond left in place is at least 1,000 KEEL: unbond all of it.',
    );
    await makers.unbondDialog.getByLabel('Amount to unbond').fill('1,000');
    // Before signing: when it can be withdrawn, and that it stays slashable meanwhile.
    expect(await dateCandidates(connection, 7n * DAY)).toContain(await makers.unbondDialog.getByTestId('quote-unlock').textContent());
    await expect(makers.unbondDialog.getByTestId('quote-slash')).toContainText('without a fill');
    await page.screenshot({ path: testInfo.outputPath('makers-unbond.png') });
    await makers.unbondDialog.getByTestId('unbond-confirm').click();
    await makers.confirmed(/^Unbond 1,000 KEEL/);
    await expect(makers.unbondDialog).toBeHidden();

    const unlock = makers.panel.getByTestId('maker-unlock');
    await expect(unlock).toContainText(/\((6 d 23 h|7 d 0 h) left\)$/);
    await expect(makers.panel.getByTestId('maker-withdraw')).toBeDisabled();
    const unbonding = await readMaker(connection, devWallet.publicKey);
    expect([unbonding.bond, unbonding.unbonding]).toEqual([0n, 1_000n * KEEL]);
    expect(unbonding.unlockAt - (await fetchChainUnixTime(connection))).toBeGreaterThan(7n * DAY - 300n);

    await makers.devPanel.warp('7 days');
    await expect(unlock).toHaveText('cooldown over: withdraw it', { timeout: 30_000 });
    await makers.panel.getByTestId('maker-withdraw').click();
    await makers.confirmed(/^Withdraw 1,000 KEEL of bond/);
    await expect.poll(() => tokenBalance(connection, devWallet.publicKey)).toBe(10_000n * KEEL);
    expect((await readMaker(connection, devWallet.publicKey)).unbonding).toBe(0n);
    await expect(makers.panel.getByTestId('maker-unbonding-amount')).toHaveAttribute('data-amount', '0');
  });
});
