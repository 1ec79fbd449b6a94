import { getAccount } from '@solana/spl-token';
import { type Connection, Keypair, LAMPORTS_PER_SOL, type PublicKey } from '@solana/web3.js';
import { dripKeel } from '@/lib/demo/faucet';
import { ensureGovernanceDemo, restoreDemoStakingParameters } from '@/lib/demo/governance';
import { prepareDemo } from '@/lib/demo/prepare';
import { formatTokenAmount } from '@/lib/staking/format';
import {
  actionAddress,
  gov,
  keelAccount,
  keelTokenProgram,
  mint,
  readAction,
  readGovernanceConfig,
  readProposal,
  readStakingConfig,
  tokenAccountBalance,
} from './chain';
import { expect, installDevWalletKey, test } from './fixtures';
import { GovernancePage } from './pages/governance-page';
import { NewProposalPage } from './pages/new-proposal-page';
import { ProposalPage } from './pages/proposal-page';
import { StakePage } from './pages/stake-page';

const KEEL = 1_000_000_000n;

async function airdrop(connection: Connection, owner: PublicKey, sol: number) {
  const latest = await connection.getLatestBlockhash('confirmed');
  const signature = await connection.requestAirdrop(owner, sol * LAMPORTS_PER_SOL);
  await connection.confirmTransaction({ signature, ...latest }, 'confirmed');
}

/**
 * What each of two voters stakes on the longest tier so that, together, they
 * reach the quorum on their own: the chain's total voting power grows with
 * every test run on a long-lived chain, so it is read, not assumed. With q the
 * quorum (bps), m the tier's multiplier and T the total before they stake,
 * 2·s·m ≥ q·(T + 2·s·m) ⇔ s ≥ q·T / (2·m·(1 − q)); a third on top, rounded up
 * to whole thousands, and at least enough for one of them to propose.
 */
async function stakePerVoter(connection: Connection): Promise<bigint> {
  const staking = await readStakingConfig(connection);
  const governance = await readGovernanceConfig(connection);
  const q = BigInt(governance.quorumBps);
  const m = BigInt(staking.tiers[4]!.multiplierBps);
  const needed = (q * staking.totalVotingPower * 10_000n) / (2n * m * (10_000n - q));
  const thousand = 1_000n * KEEL;
  const withMargin = ((needed * 4n) / 3n / thousand + 1n) * thousand;
  const toPropose = (governance.minProposalPower * 10_000n) / m + thousand;
  return withMargin > toPropose ? withMargin : toPropose;
}

test.describe('governance', () => {
  // Two wallets, a dozen transactions, two time warps and (on a cold `next dev`) first-visit compiles on two cores.
  test.describe.configure({ timeout: 420_000 });

  test.beforeAll(async ({ connection }) => {
    test.setTimeout(180_000);
    await prepareDemo({ connection });
    // A chain started before governance existed gets it now (and hands it the staking authority).
    await ensureGovernanceDemo({ connection });
    // A run that failed half-way may have left its parameter change behind.
    await restoreDemoStakingParameters({ connection });
  });

  test.afterAll(async ({ connection }) => {
    test.setTimeout(180_000);
    // The other specs expect the demo's 10 % penalty: put it back through governance.
    await restoreDemoStakingParameters({ connection });
  });

  test('the list shows proposals by state with their quorum and approval; a proposal shows its checked description and actions in words', async ({ page }, testInfo) => {
    const list = new GovernancePage(page);
    await list.goto();
    await expect(list.treasury.locator('[data-amount]')).toHaveAttribute('data-amount', /^[1-9]\d*$/);
    await expect(list.cards.first()).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('governance-list.png'), fullPage: true });

    // The seeded parameter change (#0 on a fresh chain) is a staking parameter change with a stored action.
    await list.filter('Draft').click();
    await expect(page).toHaveURL(/\?state=draft$/);
    // The demo keeps a treasury grant in draft: an empty list would pass the loop below without checking anything.
    await expect(list.cards.first()).toBeVisible();
    for (const card of await list.cards.all()) await expect(card.getByTestId('proposal-state')).toHaveText('Draft');
    await list.filter('All').click();
    // A shared link with the filter opens filtered (the page is static; the browser reads ?state=).
    await list.goto('?state=draft');
    await expect(list.filter('Draft')).toHaveAttribute('aria-pressed', 'true');
    await expect(list.cards.first()).toBeVisible();
    for (const card of await list.cards.all()) await expect(card.getByTestId('proposal-state')).toHaveText('Draft');
    await list.filter('All').click();

    const first = list.cards.filter({ hasText: 'Raise the per-wallet stake cap' }).first();
    await first.getByRole('link').click();
    const proposal = new ProposalPage(page);
    await expect(proposal.root).toBeVisible({ timeout: 60_000 });
    await expect(proposal.actionSummaries.first()).toContainText('maximum stake per wallet');
    await expect(proposal.description.getByTestId('description-verified')).toBeVisible();
    // The document is rendered from Markdown: its sections are headings.
    await expect(proposal.description.getByRole('heading', { name: 'Risks' })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('governance-demo-proposal.png'), fullPage: true });
  });

  test('a parameter change passes: propose 10 % → 8 %, two wallets vote, finalize, queue, execute; the Stake page shows 8 %', async ({
    page,
    browser,
    devPanel,
    connection,
  }, testInfo) => {
    const amount = await stakePerVoter(connection);
    const stakeText = formatTokenAmount(amount, { maxFractionDigits: 0 });
    const [proposer, second] = [Keypair.generate(), Keypair.generate()];
    for (const voter of [proposer, second]) {
      await airdrop(connection, voter.publicKey, 5);
      await dripKeel({ connection, owner: voter.publicKey, amount });
    }

    // Wallet 1 stakes on the Stake page (this page's dev wallet).
    await installDevWalletKey(page, proposer);
    const stake = new StakePage(page);
    await stake.goto();
    await expect(stake.stats.getByTestId('stat-penalty')).toHaveText('10 %');
    await stake.portal.connectDevWallet();
    await stake.stake(stakeText, '180 days');

    // Wallet 2, in its own browser context, stakes too.
    const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL, viewport: { width: 1280, height: 900 } });
    const page2 = await context.newPage();
    await installDevWalletKey(page2, second);
    const stake2 = new StakePage(page2);
    await stake2.goto();
    await stake2.portal.connectDevWallet();
    await stake2.stake(stakeText, '180 days');

    // Wallet 1 drafts the proposal: the form checks the program's bounds before anything is signed.
    const draft = new NewProposalPage(page);
    await draft.goto();
    await draft.ready();
    await expect(draft.proposerPower).toHaveAttribute('data-amount', String(amount * 3n));
    await draft.title.fill('Lower the early-unstake penalty to 8 %');
    await draft.description.fill('Early exits cost 10 % today. 8 % keeps the incentive to honour locks while making it less punishing to rebalance.');
    await draft.uri.fill('ipfs://bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi');
    await draft.chooseParameter('Early-unstake penalty');
    await draft.penalty.fill('60');
    await expect(draft.editor.getByTestId('param-penalty-error')).toHaveText('Enter a percentage from 0 % to 50 %.');
    await draft.penalty.fill('8.125');
    await expect(draft.editor.getByTestId('param-penalty-error')).toHaveText('At most 2 decimal places.');
    await draft.penalty.fill('8');
    await expect(draft.parameterPreview).toContainText('10 %');
    await expect(draft.parameterPreview).toContainText('8 %');
    await draft.addActionButton.click();
    await expect(draft.draftSummaries).toHaveText(['Set the early-unstake penalty from 10% to 8%']);
    await expect(draft.type).toHaveValue('parameter-change');
    // The preview simulates the action against the chain now.
    await expect(draft.previewEffects.first()).toContainText('Early-unstake penalty', { timeout: 30_000 });
    await expect(draft.previewEffects.first()).toContainText('8 %');
    await page.screenshot({ path: testInfo.outputPath('governance-new-proposal.png'), fullPage: true });
    const id = await draft.create();

    // Open for voting, with the action in words and its simulated effect.
    const proposal = new ProposalPage(page);
    await expect(proposal.root).toBeVisible({ timeout: 60_000 });
    await proposal.expectState('Voting');
    // What the page calls Voting is the proposal account's state, with the one stored action.
    const opened = await readProposal(connection, id);
    expect(opened).toMatchObject({ state: 'voting', type: 'parameter-change', actionIndices: [0], executedIndices: [] });
    expect(opened.proposer.toBase58()).toBe(proposer.publicKey.toBase58());
    await expect(proposal.actionSummaries).toHaveText(['Set the early-unstake penalty from 10% to 8%']);
    await expect(proposal.effectLines.first()).toContainText('Early-unstake penalty', { timeout: 30_000 });
    await expect(proposal.countdown).toHaveText(/^(7 d 0 h|6 d 23 h)$/);
    await expect(proposal.votePower).toHaveAttribute('data-amount', String(amount * 3n));
    await proposal.vote('for');
    await expect(proposal.yourVote.getByTestId('vote-position-status')).toHaveText(['Voted For']);
    // Each voter's one 180-day position weighs amount × 3 (linear weighting, the demo's).
    const power = amount * 3n;
    expect((await readProposal(connection, id)).tallies).toEqual({ for: power, against: 0n, abstain: 0n });

    // Wallet 2 votes against, then changes its mind.
    const proposal2 = new ProposalPage(page2);
    await proposal2.goto(id);
    await proposal2.vote('against');
    await expect(proposal2.verdict).toContainText('Not passing yet');
    expect((await readProposal(connection, id)).tallies).toEqual({ for: power, against: power, abstain: 0n });
    await proposal2.changeVote('for');
    // The change moved the weight from against to for; it did not count twice.
    const voted = await readProposal(connection, id);
    expect(voted.tallies).toEqual({ for: 2n * power, against: 0n, abstain: 0n });
    expect(voted.votes).toBe(2);
    expect(voted.quorumPower).toBeGreaterThanOrEqual(voted.quorumRequired);
    await expect(proposal2.verdict).toHaveText('Passing if voting ended now.');
    await expect(proposal2.quorumText).toContainText('reached');
    await expect(proposal2.voteRows).toHaveCount(2);
    await page2.screenshot({ path: testInfo.outputPath('governance-voted.png'), fullPage: true });
    await context.close();

    // A week later (chain time) voting is over: anyone finalizes, then queues.
    await devPanel.warp('7 days');
    await devPanel.warp('1 hour');
    await proposal.expectState('Vote ended');
    // "Vote ended" is the page's reading of the clock: nothing is written until someone finalizes.
    expect((await readProposal(connection, id)).state).toBe('voting');
    await proposal.step('finalize');
    await proposal.expectState('Succeeded');
    expect((await readProposal(connection, id)).state).toBe('succeeded');
    await proposal.step('queue');
    await proposal.expectState('Queued');
    const queued = await readProposal(connection, id);
    expect(queued.state).toBe('queued');
    expect(queued.etaTs).toBeGreaterThan(queued.endTs);
    await expect(proposal.countdown).toHaveText(/^(3 d 0 h|2 d 23 h)$/);
    await page.screenshot({ path: testInfo.outputPath('governance-queued.png'), fullPage: true });

    // After the 3-day timelock anyone executes it.
    await devPanel.warp('7 days');
    await proposal.expectState('Ready to execute');
    await proposal.step('execute');
    await proposal.expectState('Executed');
    await expect(proposal.actions.first()).toContainText('executed');
    const executed = await readProposal(connection, id);
    expect(executed).toMatchObject({ state: 'executed', executedIndices: [0] });
    expect((await readAction(connection, id, 0)).executed).toBe(true);
    await page.screenshot({ path: testInfo.outputPath('governance-executed.png'), fullPage: true });

    // The staking program now charges 8 %: the executed action really changed its config.
    expect((await readStakingConfig(connection)).penaltyBps).toBe(800);
    await stake.goto();
    await expect(stake.stats.getByTestId('stat-penalty')).toHaveText('8 %');

    const list = new GovernancePage(page);
    await list.goto('?state=executed');
    await expect(list.card(id).getByTestId('proposal-state')).toHaveText('Executed');
  });

  test('a draft: treasury transfer to a new wallet, an action added and removed by the proposer, voting opened, then cancelled', async ({ page, connection }, testInfo) => {
    const proposer = Keypair.generate();
    const recipient = Keypair.generate().publicKey;
    await airdrop(connection, proposer.publicKey, 5);
    await dripKeel({ connection, owner: proposer.publicKey, amount: 4_000n * KEEL });
    await installDevWalletKey(page, proposer);
    const stake = new StakePage(page);
    await stake.goto();
    await stake.portal.connectDevWallet();
    await stake.stake('4,000', '180 days');

    const draft = new NewProposalPage(page);
    await draft.goto();
    await draft.ready();
    await draft.title.fill('Grant 1,000 KEEL to a new market maker');
    await draft.editor.getByText('Treasury transfer', { exact: true }).click();
    await draft.editor.getByTestId('transfer-recipient').fill(recipient.toBase58());
    await expect(draft.editor.getByTestId('transfer-recipient-error')).toHaveCount(0);
    await draft.editor.getByTestId('transfer-amount').fill('1,000,000,000');
    await expect(draft.editor.getByTestId('transfer-amount-error')).toContainText('The treasury holds');
    await draft.editor.getByTestId('transfer-amount').fill('1,000');
    await expect(draft.editor).toContainText('which you create (and pay rent for) with the proposal');
    await draft.addActionButton.click();
    const short = `${recipient.toBase58().slice(0, 4)}…${recipient.toBase58().slice(-4)}`;
    await expect(draft.draftSummaries).toHaveText([`Transfer 1,000 KEEL from the treasury to the KEEL account of ${short}`]);
    await expect(draft.type).toHaveValue('treasury-spending');
    await expect(draft.previewEffects.filter({ hasText: 'Treasury' })).toHaveCount(1, { timeout: 30_000 });
    await expect(draft.previewEffects.filter({ hasText: `KEEL of ${short}` })).toContainText('no account');
    const tokenProgram = await keelTokenProgram(connection);
    const destination = await keelAccount(connection, recipient);
    expect(await connection.getAccountInfo(destination, 'confirmed')).toBeNull();
    // Nothing in this test may move treasury funds: a draft only stores the transfer.
    const treasuryBefore = await tokenAccountBalance(connection, gov.treasury);
    await page.getByTestId('open-voting').uncheck();
    await expect(draft.createButton).toHaveText('Create draft');
    const id = await draft.create();

    const proposal = new ProposalPage(page);
    await expect(proposal.root).toBeVisible({ timeout: 60_000 });
    await proposal.expectState('Draft');
    expect(await readProposal(connection, id)).toMatchObject({ state: 'draft', type: 'treasury-spending', actionIndices: [0] });
    // The stored action is the transfer the page describes, decoded as the client does (describeToken):
    // transfer_checked of exactly 1,000 KEEL from the treasury to the recipient's KEEL account, signed by the governance authority.
    const transfer = await readAction(connection, id, 0);
    expect(transfer.programId.toBase58()).toBe(tokenProgram.toBase58());
    expect(transfer.accounts.map((a) => [a.pubkey.toBase58(), a.isSigner, a.isWritable])).toEqual([
      [gov.treasury.toBase58(), false, true],
      [mint.toBase58(), false, false],
      [destination.toBase58(), false, true],
      [gov.authority.toBase58(), true, false],
    ]);
    const data = Buffer.from(transfer.data);
    expect([data.length, data[0], data.readBigUInt64LE(1), data[9]]).toEqual([10, 12, 1_000n * KEEL, 9]);
    // The recipient's KEEL account was created with the action (empty), so the transfer can run.
    const created = await getAccount(connection, destination, 'confirmed', tokenProgram);
    expect([created.owner.toBase58(), created.mint.toBase58(), created.amount]).toEqual([recipient.toBase58(), mint.toBase58(), 0n]);
    await expect(proposal.effectLines.filter({ hasText: `KEEL of ${short}` })).toContainText('1,000 KEEL', { timeout: 30_000 });

    // The proposer adds a second action from the dialog, then removes it.
    await page.getByTestId('open-add-action').click();
    const dialog = page.getByTestId('add-action-dialog');
    await dialog.getByTestId('parameter-select').selectOption({ label: 'Pause or resume staking' });
    await expect(dialog.getByTestId('parameter-preview')).toContainText('Paused');
    await dialog.getByTestId('add-action').click();
    await expect(proposal.portal.toast(`Add action 2 to proposal #${id}`)).toHaveAttribute('data-status', 'confirmed', { timeout: 45_000 });
    await expect(proposal.actionSummaries).toHaveText([`Transfer 1,000 KEEL from the treasury to the KEEL account of ${short}`, 'Pause staking (withdrawals stay open)']);
    expect((await readProposal(connection, id)).actionIndices).toEqual([0, 1]);
    await page.screenshot({ path: testInfo.outputPath('governance-draft.png'), fullPage: true });
    await proposal.actions.nth(1).getByRole('button', { name: 'Remove action 2' }).click();
    await expect(proposal.portal.toast(`Remove action 2 from proposal #${id}`)).toHaveAttribute('data-status', 'confirmed', { timeout: 45_000 });
    await expect(proposal.actionSummaries).toHaveCount(1);
    // Removed on chain: the action account is closed (its rent back to the proposer), the transfer stays.
    expect((await readProposal(connection, id)).actionIndices).toEqual([0]);
    expect(await connection.getAccountInfo(actionAddress(id, 1), 'confirmed')).toBeNull();

    await page.getByTestId('proposal-activate').click();
    await proposal.expectState('Voting');
    expect((await readProposal(connection, id)).state).toBe('voting');
    // Nobody has voted yet: the proposer may still withdraw it.
    await page.getByTestId('proposal-cancel').click();
    await proposal.expectState('Cancelled');
    await expect(proposal.yourVote).toContainText('Voting is closed.');
    const cancelled = await readProposal(connection, id);
    expect(cancelled).toMatchObject({ state: 'cancelled', executedIndices: [] });
    expect(cancelled.closedAt).not.toBeNull();
    // Cancelled unexecuted: the treasury still holds what it held, and the recipient got nothing.
    expect(await tokenAccountBalance(connection, gov.treasury)).toBe(treasuryBefore);
    expect(await tokenAccountBalance(connection, destination)).toBe(0n);
  });
});
