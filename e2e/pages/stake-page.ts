import { expect, type Locator, type Page } from '@playwright/test';
import { PortalPage } from './portal-page';

/** Reads the exact base units a `Keel` amount carries in `data-amount`. */
export async function amountOf(locator: Locator): Promise<bigint> {
  const value = await locator.getAttribute('data-amount');
  if (value === null) throw new Error('no data-amount on the element');
  return BigInt(value);
}

/** The Stake page: protocol numbers, stake form, wallet card (with the localnet faucet), positions and their dialogs. */
export class StakePage {
  readonly portal: PortalPage;
  readonly stats: Locator;
  readonly form: Locator;
  readonly amount: Locator;
  readonly amountError: Locator;
  readonly submit: Locator;
  readonly quoteVotingPower: Locator;
  readonly quoteUnlock: Locator;
  readonly balance: Locator;
  readonly walletVotingPower: Locator;
  readonly faucetButton: Locator;
  readonly rows: Locator;
  readonly unstakeDialog: Locator;

  constructor(readonly page: Page) {
    this.portal = new PortalPage(page);
    this.stats = page.getByTestId('protocol-stats');
    this.form = page.getByTestId('stake-form');
    this.amount = this.form.getByLabel('Amount', { exact: true });
    this.amountError = page.getByTestId('stake-amount-error');
    this.submit = page.getByTestId('stake-submit');
    this.quoteVotingPower = page.getByTestId('quote-voting-power');
    this.quoteUnlock = page.getByTestId('quote-unlock');
    this.balance = page.getByTestId('keel-balance');
    this.walletVotingPower = page.getByTestId('wallet-voting-power');
    this.faucetButton = page.getByTestId('dev-faucet').getByRole('button', { name: 'Get test KEEL' });
    this.rows = page.getByTestId('position-row');
    this.unstakeDialog = page.getByRole('dialog', { name: /^Unstake from position/ });
  }

  async goto() {
    await this.portal.goto('/stake');
    // First visit compiles the route and reads the chain.
    await expect(this.stats).toBeVisible({ timeout: 60_000 });
  }

  /** Connects the dev wallet, airdrops SOL from the dev panel and takes one faucet drop of KEEL. */
  async fundWallet() {
    await this.portal.connectDevWallet();
    await this.page.getByTestId('dev-panel').getByRole('button', { name: /^Airdrop/ }).click();
    await expect(this.portal.toast('Airdrop 2 SOL')).toHaveAttribute('data-status', 'confirmed', { timeout: 30_000 });
    await this.getTestKeel();
  }

  async getTestKeel() {
    const before = (await this.balance.count()) ? await amountOf(this.balance) : 0n;
    await this.faucetButton.click();
    await expect(this.portal.toast('Get test KEEL')).toHaveAttribute('data-status', 'confirmed', { timeout: 30_000 });
    await expect.poll(() => amountOf(this.balance), { timeout: 20_000 }).toBeGreaterThan(before);
  }

  tier(name: string): Locator {
    return this.form.getByRole('radio', { name: new RegExp(`^${name}\\b`) });
  }

  async chooseTier(name: string) {
    // The radio is visually hidden inside its card; clicking the card selects it.
    await this.form.locator('label').filter({ has: this.page.getByRole('radio', { name: new RegExp(`^${name}\\b`) }) }).click();
    await expect(this.tier(name)).toBeChecked();
  }

  /** Stakes and waits for the confirmed toast; resolves to the toast's title. */
  async stake(amount: string, tier: string) {
    await this.amount.fill(amount);
    await this.chooseTier(tier);
    await expect(this.submit).toBeEnabled();
    await this.submit.click();
    const toast = this.portal.toasts.filter({ hasText: /^Stake / }).last();
    await expect(toast).toHaveAttribute('data-status', 'confirmed', { timeout: 45_000 });
  }

  row(id: number): Locator {
    return this.page.locator(`[data-testid="position-row"][data-position-id="${id}"]`);
  }

  async openUnstake(id: number) {
    await this.row(id).getByRole('button', { name: 'Unstake' }).click();
    await expect(this.unstakeDialog).toBeVisible();
  }

  unstakeField(): Locator {
    return this.unstakeDialog.getByLabel('Amount to unstake');
  }

  async confirmUnstake() {
    await this.unstakeDialog.getByTestId('unstake-confirm').click();
    const toast = this.portal.toasts.filter({ hasText: /^Unstake / }).last();
    await expect(toast).toHaveAttribute('data-status', 'confirmed', { timeout: 45_000 });
    await expect(this.unstakeDialog).toBeHidden();
  }
}
