import { expect, type Locator, type Page } from '@playwright/test';

/** The shell every page shares: header navigation, cluster badge, wallet button, toasts. */
export class PortalPage {
  readonly mainNav: Locator;
  readonly clusterBadge: Locator;
  readonly walletButton: Locator;
  readonly walletModal: Locator;
  readonly toasts: Locator;

  constructor(readonly page: Page) {
    this.mainNav = page.getByRole('navigation', { name: /^Main/ });
    this.clusterBadge = page.getByTestId('cluster-badge');
    this.walletButton = page.getByTestId('wallet-button').getByRole('button');
    // wallet-adapter's modal names itself with aria-labelledby pointing at an id it never sets.
    this.walletModal = page.getByRole('dialog').filter({ has: page.getByRole('heading', { name: /wallet on Solana/ }) });
    this.toasts = page.getByTestId('toast');
  }

  async goto(path = '/') {
    await this.page.goto(path);
    // The wallet button is client-only: once it shows, the page has hydrated.
    // The first visit to a route compiles it in `next dev`, slow on two busy cores.
    await expect(this.walletButton).toBeVisible({ timeout: 60_000 });
  }

  navLink(name: string): Locator {
    return this.mainNav.getByRole('link', { name, exact: true });
  }

  /** Connects the localnet dev wallet through the standard wallet modal. */
  async connectDevWallet() {
    await this.walletButton.click();
    await expect(this.walletModal).toBeVisible();
    await this.walletModal.getByRole('button', { name: /Burner Wallet/ }).click();
    await expect(this.walletModal).toBeHidden();
  }

  toast(title: string): Locator {
    return this.toasts.filter({ hasText: title });
  }
}
