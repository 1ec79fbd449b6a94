import { expect, type Locator, type Page } from '@playwright/test';
import { PortalPage } from './portal-page';

/** The Rewards page: pending rewards per position, claim, claim all, compound, auto-compound, last claims. */
export class RewardsPage {
  readonly portal: PortalPage;
  readonly table: Locator;
  readonly rows: Locator;
  readonly pendingTotal: Locator;
  readonly claimAllButton: Locator;
  readonly activityRows: Locator;

  constructor(readonly page: Page) {
    this.portal = new PortalPage(page);
    this.table = page.getByTestId('rewards-table');
    this.rows = page.getByTestId('reward-row');
    this.pendingTotal = page.getByTestId('pending-total');
    this.claimAllButton = page.getByTestId('claim-all');
    this.activityRows = page.getByTestId('reward-activity').getByTestId('activity-row');
  }

  async goto() {
    await this.portal.goto('/rewards');
    await expect(this.table).toBeVisible({ timeout: 60_000 });
  }

  row(id: number): Locator {
    return this.page.locator(`[data-testid="reward-row"][data-position-id="${id}"]`);
  }

  pending(id: number): Locator {
    return this.row(id).getByTestId('reward-pending');
  }

  async claim(id: number) {
    await this.row(id).getByRole('button', { name: 'Claim' }).click();
    await expect(this.portal.toasts.filter({ hasText: /^Claim / }).last()).toHaveAttribute('data-status', 'confirmed', { timeout: 45_000 });
  }

  autoCompound(id: number): Locator {
    return this.row(id).getByRole('switch', { name: `Auto-compound position #${id}` });
  }
}
