import { test as base, expect, type Page } from '@playwright/test';
import { Connection, Keypair, LAMPORTS_PER_SOL } from '@solana/web3.js';
import { DEV_WALLET_STORAGE_KEY } from '@/lib/solana/devWallet';
import { DevPanel } from './pages/dev-panel';
import { PortalPage } from './pages/portal-page';

/** The local chain the app under test talks to (its default cluster). */
export const RPC_URL = process.env.KEEL_E2E_RPC_URL ?? 'http://127.0.0.1:8899';

/** Makes the page's dev wallet this keypair (it reads localStorage on connect). */
export async function installDevWalletKey(page: Page, keypair: Keypair) {
  const secret = JSON.stringify(Array.from(keypair.secretKey));
  await page.addInitScript(([key, value]) => window.localStorage.setItem(key!, value!), [DEV_WALLET_STORAGE_KEY, secret]);
}

async function fund(connection: Connection, keypair: Keypair, sol: number) {
  const latest = await connection.getLatestBlockhash('confirmed');
  const signature = await connection.requestAirdrop(keypair.publicKey, sol * LAMPORTS_PER_SOL);
  await connection.confirmTransaction({ signature, ...latest }, 'confirmed');
}

type TestFixtures = {
  portal: PortalPage;
  devPanel: DevPanel;
  /** A new, empty keypair installed as this page's dev wallet. */
  devWallet: Keypair;
  /** This worker's funded keypair installed as this page's dev wallet. */
  fundedDevWallet: Keypair;
};

type WorkerFixtures = {
  connection: Connection;
  /** One keypair per worker, airdropped 10 SOL once (style.md §19). */
  workerWallet: Keypair;
};

export const test = base.extend<TestFixtures, WorkerFixtures>({
  connection: [
    async ({}, use) => {
      await use(new Connection(RPC_URL, 'confirmed'));
    },
    { scope: 'worker' },
  ],
  workerWallet: [
    async ({ connection }, use) => {
      const keypair = Keypair.generate();
      await fund(connection, keypair, 10);
      await use(keypair);
    },
    { scope: 'worker' },
  ],
  portal: async ({ page }, use) => {
    await use(new PortalPage(page));
  },
  devPanel: async ({ page }, use) => {
    await use(new DevPanel(page));
  },
  devWallet: async ({ page }, use) => {
    const keypair = Keypair.generate();
    await installDevWalletKey(page, keypair);
    await use(keypair);
  },
  fundedDevWallet: async ({ page, workerWallet }, use) => {
    await installDevWalletKey(page, workerWallet);
    await use(workerWallet);
  },
});

export { expect };
