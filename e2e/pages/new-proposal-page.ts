import { expect, type Locator, type Page } from '@playwright/test';
import { PortalPage } from './portal-page';

/** The new-proposal page: title and description, the action editor, the drafted actions, the preview, create. */
export class NewProposalPage {
  readonly portal: PortalPage;
  readonly form: Locator;
  readonly title: Locator;
  readonly type: Locator;
  readonly description: Locator;
  readonly uri: Locator;
  readonly editor: Locator;
  readonly parameter: Locator;
  readonly penalty: Locator;
  readonly parameterPreview: Locator;
  readonly addActionButton: Locator;
  readonly draftSummaries: Locator;
  readonly preview: Locator;
  readonly previewEffects: Locator;
  readonly createButton: Locator;
  readonly proposerPower: Locator;

  constructor(readonly page: Page) {
    this.portal = new PortalPage(page);
    this.form = page.getByTestId('new-proposal');
    this.title = page.getByTestId('proposal-title-input');
    this.type = page.getByTestId('proposal-type');
    this.description = page.getByTestId('proposal-description-input');
    this.uri = page.getByTestId('proposal-uri');
    this.editor = page.getByTestId('action-editor');
    this.parameter = this.editor.getByTestId('parameter-select');
    this.penalty = this.editor.getByTestId('param-penalty');
    this.parameterPreview = this.editor.getByTestId('parameter-preview');
    this.addActionButton = this.editor.getByTestId('add-action');
    this.draftSummaries = page.getByTestId('draft-action-summary');
    this.preview = page.getByTestId('proposal-preview');
    this.previewEffects = this.preview.getByTestId('preview-effect-line');
    this.createButton = page.getByTestId('create-proposal');
    this.proposerPower = page.getByTestId('proposer-power-value');
  }

  async goto() {
    await this.portal.goto('/governance/new');
  }

  /** Waits for the form (it needs a connected wallet and the chain read). */
  async ready() {
    await expect(this.form).toBeVisible({ timeout: 60_000 });
  }

  async chooseParameter(label: string) {
    await this.parameter.selectOption({ label });
  }

  /** Creates the proposal (all its transactions) and resolves to its number once the page moved to it. */
  async create(): Promise<bigint> {
    await expect(this.createButton).toBeEnabled();
    await this.createButton.click();
    const toast = this.portal.toasts.filter({ hasText: /^Create proposal #\d+/ }).last();
    await expect(toast).toHaveAttribute('data-status', 'confirmed', { timeout: 60_000 });
    await this.page.waitForURL(/\/governance\/\d+$/, { timeout: 60_000 });
    return BigInt(this.page.url().match(/\/governance\/(\d+)$/)![1]!);
  }
}
