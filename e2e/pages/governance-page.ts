import { expect, type Locator, type Page } from '@playwright/test';
import { PortalPage } from './portal-page';

/** The governance list: the rules and your power, state filters, proposal cards. */
export class GovernancePage {
  readonly portal: PortalPage;
  readonly list: Locator;
  readonly cards: Locator;
  readonly filters: Locator;
  readonly yourPower: Locator;
  readonly treasury: Locator;
  readonly newProposalLink: Locator;

  constructor(readonly page: Page) {
    this.portal = new PortalPage(page);
    this.list = page.getByTestId('proposal-list');
    this.cards = page.getByTestId('proposal-card');
    this.filters = page.getByTestId('proposal-filters');
    this.yourPower = page.getByTestId('governance-your-power');
    this.treasury = page.getByTestId('governance-treasury');
    this.newProposalLink = page.getByRole('link', { name: 'New proposal' });
  }

  async goto(query = '') {
    await this.portal.goto(`/governance${query}`);
    // First visit compiles the route and reads the chain.
    await expect(this.list).toBeVisible({ timeout: 60_000 });
  }

  card(id: bigint | number): Locator {
    return this.page.locator(`[data-testid="proposal-card"][data-proposal-id="${id}"]`);
  }

  filter(label: string): Locator {
    return this.filters.getByRole('button', { name: new RegExp(`^${label.replace(/[/]/g, '\\/')}\\s*\\d*$`) });
  }
}
