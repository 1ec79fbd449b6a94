/**
 * The pages `bench/pages.ts` loads, each with the CSS selector of the element
 * that shows its chain data (null for the static overview, which reads none).
 * Selectors follow the e2e page objects (e2e/pages/*.ts); the Rewards page
 * without a wallet shows chain data only in its reward-stream figure.
 */
export interface PageBenchCase {
  path: string;
  /** First element that carries data read from the chain. */
  data: string | null;
}

/** The wallet button is client-only: once it is in the DOM, the page has hydrated (e2e/pages/portal-page.ts). */
export const HYDRATED = '[data-testid="wallet-button"] button';

export const cases: PageBenchCase[] = [
  { path: '/', data: null },
  // Total staked from the staking config.
  { path: '/stake', data: '[data-testid="stat-total-staked"] [data-amount]' },
  // The reward stream's KEEL/day from the staking config (the only chain figure with no wallet).
  { path: '/rewards', data: 'dd [data-amount]' },
  // The proposal cards from the governance program's accounts.
  { path: '/governance', data: '[data-testid="proposal-card"]' },
  // Proposal #0, rendered once the proposal account is read.
  { path: '/governance/0', data: '[data-testid="proposal-page"]' },
  // The leaderboard's rows, from every maker account of the config (getProgramAccounts).
  { path: '/makers', data: '[data-testid="leaderboard-row"]' },
];
