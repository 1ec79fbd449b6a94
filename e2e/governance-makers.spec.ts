import { ensureGovernanceDemo } from '@/lib/demo/governance';
import { prepareDemo } from '@/lib/demo/prepare';
import { expect, test } from './fixtures';
import { NewProposalPage } from './pages/new-proposal-page';

/**
 * Drafting a maker parameter change on the new-proposal page: the demo seed
 * made governance the maker authority, so the editor offers the maker config
 * with its bounds. Executing such a proposal is covered against the chain in
 * lib/governance/makers-proposal.rpc.test.ts.
 */
test.describe('governance: maker parameters', () => {
  test.describe.configure({ timeout: 240_000 });

  test.beforeAll(async ({ connection }) => {
    test.setTimeout(180_000);
    await prepareDemo({ connection });
    await ensureGovernanceDemo({ connection });
  });

  test('a maker parameter is drafted: the program’s bounds refused, current → new, the action in words, its simulated effect', async ({ page, fundedDevWallet }, testInfo) => {
    void fundedDevWallet;
    const draft = new NewProposalPage(page);
    await draft.goto();
    await draft.portal.connectDevWallet();
    await draft.ready();

    await draft.editor.getByTestId('action-kind').getByText('Maker parameter').click();
    const makers = draft.editor.getByTestId('makers-parameter-editor');
    await makers.getByTestId('makers-parameter-select').selectOption({ label: 'Bond rules' });
    await expect(makers.getByTestId('makers-slash')).toHaveValue('10');
    await makers.getByTestId('makers-slash').fill('60');
    await expect(makers.getByTestId('makers-slash-error')).toHaveText('Enter a percentage from 0 % to 50 %.');
    await makers.getByTestId('makers-cooldown').fill('91');
    await expect(makers.getByTestId('makers-cooldown-error')).toHaveText('Enter from 1 to 90 days.');
    await makers.getByTestId('makers-cooldown').fill('7');
    await makers.getByTestId('makers-slash').fill('20');
    const preview = makers.getByTestId('makers-parameter-preview');
    await expect(preview).toContainText('A slash takes');
    await expect(preview).toContainText('20 %');
    await makers.getByTestId('add-action').click();

    await expect(draft.draftSummaries).toHaveText(['Set the share one slash takes from 10% to 20%']);
    // The preview runs the action against the chain now, signed by the governance authority.
    await expect(draft.previewEffects.first()).toContainText('A slash takes', { timeout: 30_000 });
    await expect(draft.previewEffects.first()).toContainText('20 %');
    await page.screenshot({ path: testInfo.outputPath('governance-maker-parameter.png'), fullPage: true });
  });
});
