import { expect, type Locator, type Page } from '@playwright/test';

/** The localnet dev panel: dev wallet, SOL balance + airdrop, chain clock + time warp. */
export class DevPanel {
  readonly root: Locator;
  readonly note: Locator;
  readonly walletAddress: Locator;
  readonly useDevWalletButton: Locator;
  readonly balance: Locator;
  readonly airdropButton: Locator;
  readonly chainTime: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('dev-panel');
    this.note = this.root.getByTestId('dev-wallet-note');
    this.walletAddress = this.root.getByTestId('dev-wallet-address');
    this.useDevWalletButton = this.root.getByRole('button', { name: 'Use dev wallet' });
    this.balance = this.root.getByTestId('dev-sol-balance');
    this.airdropButton = this.root.getByRole('button', { name: /^Airdrop/ });
    this.chainTime = this.root.getByTestId('dev-chain-time');
  }

  async airdrop() {
    await this.airdropButton.click();
    await expect(this.airdropButton).toBeEnabled({ timeout: 30_000 });
  }

  async warp(label: '1 hour' | '1 day' | '7 days' | '30 days') {
    const button = this.root.getByRole('group', { name: 'Warp chain time forward' }).getByRole('button', { name: `+${label}` });
    await button.click();
    await expect(button).toBeEnabled();
  }
}
