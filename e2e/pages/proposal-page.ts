import { expect, type Locator, type Page } from '@playwright/test';
import { PortalPage } from './portal-page';

type Side = 'for' | 'against' | 'abstain';
const WORD: Record<Side, string> = { for: 'For', against: 'Against', abstain: 'Abstain' };

/** One proposal: state and countdowns, the lifecycle buttons, results, your vote, actions with their simulated effect, the vote list. */
export class ProposalPage {
  readonly portal: PortalPage;
  readonly root: Locator;
  readonly state: Locator;
  readonly countdown: Locator;
  readonly actions: Locator;
  readonly actionSummaries: Locator;
  readonly effectLines: Locator;
  readonly results: Locator;
  readonly verdict: Locator;
  readonly quorumText: Locator;
  readonly yourVote: Locator;
  readonly yourVoteSide: Locator;
  readonly votePower: Locator;
  readonly voteRows: Locator;
  readonly description: Locator;

  constructor(readonly page: Page) {
    this.portal = new PortalPage(page);
    this.root = page.getByTestId('proposal-page');
    this.state = this.root.locator('header').getByTestId('proposal-state');
    this.countdown = page.getByTestId('proposal-countdown');
    this.actions = page.getByTestId('proposal-action');
    this.actionSummaries = page.getByTestId('action-summary');
    this.effectLines = page.getByTestId('effect-line');
    this.results = page.getByTestId('proposal-results');
    this.verdict = page.getByTestId('proposal-verdict');
    this.quorumText = this.results.getByTestId('quorum-text');
    this.yourVote = page.getByTestId('your-vote');
    this.yourVoteSide = page.getByTestId('your-vote-side');
    this.votePower = page.getByTestId('vote-power');
    this.voteRows = page.getByTestId('vote-row');
    this.description = page.getByTestId('proposal-description');
  }

  async goto(id: bigint | number) {
    await this.portal.goto(`/governance/${id}`);
    await expect(this.root).toBeVisible({ timeout: 60_000 });
  }

  /** Waits for the header's state badge to read `label` ("Voting", "Vote ended", "Queued"…). */
  async expectState(label: string, timeout = 30_000) {
    await expect(this.state).toHaveText(label, { timeout });
  }

  private async confirmed(title: RegExp) {
    const toast = this.portal.toasts.filter({ hasText: title }).last();
    await expect(toast).toHaveAttribute('data-status', 'confirmed', { timeout: 45_000 });
  }

  async vote(side: Side) {
    const button = this.yourVote.getByTestId(`vote-${side}`);
    await expect(button).toBeEnabled({ timeout: 30_000 });
    await button.click();
    await this.confirmed(new RegExp(`^Vote ${WORD[side]} on proposal #`));
    await expect(this.yourVoteSide).toHaveAttribute('data-side', side, { timeout: 30_000 });
  }

  async changeVote(side: Side) {
    await this.yourVote.getByTestId(`change-vote-${side}`).click();
    await this.confirmed(new RegExp(`^Change vote to ${WORD[side]} on proposal #`));
    await expect(this.yourVoteSide).toHaveAttribute('data-side', side, { timeout: 30_000 });
  }

  /** Finalize, queue or execute (the status card's one button for anyone). */
  async step(step: 'finalize' | 'queue' | 'execute') {
    const button = this.page.getByTestId(`proposal-${step}`);
    await expect(button).toBeEnabled({ timeout: 30_000 });
    await button.click();
    await this.confirmed(new RegExp(`^${step[0]!.toUpperCase()}${step.slice(1)} proposal #`));
  }
}
