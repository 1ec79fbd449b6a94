import { fetchChainClock } from '@/lib/solana/clock';
import { expect, RPC_URL, test } from './fixtures';

test.describe('local dev wallet', () => {
  test('connect the dev wallet, airdrop 2 SOL, balance goes 0 → 2', async ({ page, portal, devPanel, devWallet, connection }, testInfo) => {
    await portal.goto('/');
    await expect(portal.clusterBadge).toContainText('Localnet');
    await expect(devPanel.note).toHaveText('Dev wallet — local chain only, keys in this browser.');

    await portal.connectDevWallet();
    await expect(devPanel.walletAddress).toHaveText(devWallet.publicKey.toBase58());
    await expect(devPanel.balance).toHaveText('0 SOL');

    await devPanel.airdrop();
    await expect(devPanel.balance).toHaveText('2 SOL');
    await expect(portal.toast('Airdrop 2 SOL')).toHaveAttribute('data-status', 'confirmed');
    await expect(portal.toast('Airdrop 2 SOL').getByRole('link', { name: /View on explorer/ })).toHaveAttribute(
      'href',
      /^https:\/\/explorer\.solana\.com\/tx\/\w+\?cluster=custom&customUrl=http%3A%2F%2F127\.0\.0\.1%3A8899$/,
    );
    // The page and the chain agree.
    expect(await connection.getBalance(devWallet.publicKey)).toBe(2_000_000_000);

    await page.screenshot({ path: testInfo.outputPath('wallet-after-airdrop.png'), fullPage: true });

    // The dev key survives a reload: autoConnect brings back the same funded account.
    await page.reload();
    await expect(devPanel.walletAddress).toHaveText(devWallet.publicKey.toBase58());
    await expect(devPanel.balance).toHaveText('2 SOL');
  });

  test('time warp moves the chain clock forward', async ({ portal, devPanel }) => {
    const cluster = { rpcUrl: RPC_URL };
    await portal.goto('/');
    await expect(devPanel.chainTime).toHaveText(/UTC$/);
    const before = await fetchChainClock({ cluster });
    const shownBefore = await devPanel.chainTime.textContent();
    await devPanel.warp('7 days');
    await expect(portal.toast('Time warp')).toHaveAttribute('data-status', 'confirmed');
    const after = await fetchChainClock({ cluster });
    expect(after.unixTimestamp - before.unixTimestamp).toBeGreaterThanOrEqual(7 * 86_400);
    await expect(devPanel.chainTime).not.toHaveText(shownBefore ?? '');
  });
});
