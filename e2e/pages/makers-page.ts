import { expect, type Locator, type Page } from '@playwright/test';
import { DevPanel } from './dev-panel';
import { PortalPage } from './portal-page';
import { amountOf } from './stake-page';

/** The Makers page: season figures, the leaderboard and its payout dialog, the wallet's maker panel and its dialogs. */
export class MakersPage {
  readonly portal: PortalPage;
  readonly devPanel: DevPanel;
  readonly leaderboard: Locator;
  readonly rows: Locator;
  readonly pinned: Locator;
  readonly search: Locator;
  readonly season: Locator;
  readonly pageSize: Locator;
  readonly range: Locator;
  readonly payout: Locator;
  readonly panel: Locator;
  readonly balance: Locator;
  readonly unbondDialog: Locator;

  constructor(readonly page: Page) {
    this.portal = new PortalPage(page);
    this.devPanel = new DevPanel(page);
    this.leaderboard = page.getByTestId('leaderboard');
    this.rows = page.getByTestId('leaderboard-row');
    this.pinned = page.getByTestId('leaderboard-pinned');
    this.search = page.getByLabel('Search makers by address');
    this.season = page.getByTestId('season-select');
    this.pageSize = page.getByTestId('leaderboard-page-size');
    this.range = page.getByTestId('leaderboard-range');
    this.payout = page.getByRole('dialog', { name: /^Payout of / });
    this.panel = page.getByTestId('maker-panel');
    this.balance = page.getByTestId('maker-keel-balance');
    this.unbondDialog = page.getByRole('dialog', { name: 'Unbond' });
  }

  async goto() {
    await this.portal.goto('/makers');
    // First visit compiles the route and reads every maker account.
    await expect(this.leaderboard.getByRole('table')).toBeVisible({ timeout: 60_000 });
  }

  async chooseSeason(season: number) {
    await this.season.selectOption(String(season));
    await expect(this.season).toHaveValue(String(season));
  }

  /** What the table shows, read in one go (no refresh can land between two cells). */
  async shown(): Promise<{ wallet: string; rank: number; rewards: bigint; fills: number; score: bigint; improvement: number }[]> {
    return this.rows.evaluateAll((trs) =>
      trs.map((tr) => {
        const amount = (id: string) => BigInt(tr.querySelector(`[data-testid="${id}"]`)!.getAttribute('data-amount')!);
        const text = (id: string) => tr.querySelector(`[data-testid="${id}"]`)!.textContent!;
        return {
          wallet: tr.getAttribute('data-wallet')!,
          rank: Number(tr.getAttribute('data-rank')),
          rewards: amount('row-rewards'),
          fills: Number(text('row-fills').replace(/,/g, '')),
          score: amount('row-score'),
          improvement: Number.parseFloat(text('row-improvement')) || 0,
        };
      }),
    );
  }

  sortBy(column: string): Locator {
    return this.leaderboard.getByRole('columnheader', { name: column });
  }

  async sort(column: string, direction: 'ascending' | 'descending') {
    const header = this.sortBy(column);
    for (let i = 0; i < 2 && (await header.getAttribute('aria-sort')) !== direction; i++) await header.getByRole('button').click();
    await expect(header).toHaveAttribute('aria-sort', direction);
  }

  row(wallet: string): Locator {
    return this.page.locator(`[data-testid="leaderboard-row"][data-wallet="${wallet}"]`);
  }

  async explain(wallet: string) {
    await this.row(wallet).getByTestId('row-explain').click();
    await expect(this.payout).toBeVisible();
    await expect(this.payout.getByTestId('payout-explanation')).toBeVisible({ timeout: 30_000 });
  }

  /** Connects the dev wallet, airdrops SOL and takes one faucet drop of KEEL from the panel. */
  async fundWallet() {
    await this.portal.connectDevWallet();
    await this.devPanel.airdrop();
    await expect(this.portal.toast('Airdrop 2 SOL')).toHaveAttribute('data-status', 'confirmed', { timeout: 30_000 });
    await this.panel.getByTestId('maker-get-test-keel').click();
    await expect(this.portal.toast('Get test KEEL')).toHaveAttribute('data-status', 'confirmed', { timeout: 30_000 });
    await expect.poll(() => amountOf(this.balance), { timeout: 20_000 }).toBeGreaterThan(0n);
  }

  /** Waits for the confirmed toast of a transaction whose label starts with `label`. */
  async confirmed(label: RegExp) {
    await expect(this.portal.toasts.filter({ hasText: label }).last()).toHaveAttribute('data-status', 'confirmed', { timeout: 45_000 });
  }

  async register(bond: string) {
    await this.panel.getByTestId('register-bond').fill(bond);
    await this.panel.getByTestId('register-submit').click();
    await this.confirmed(/^Register as a maker/);
    await expect(this.panel.getByTestId('maker-registered')).toBeVisible({ timeout: 30_000 });
  }
}
