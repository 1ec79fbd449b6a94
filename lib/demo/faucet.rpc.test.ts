import { getAccount, getAssociatedTokenAddressSync } from '@solana/spl-token';
import { Keypair, PublicKey } from '@solana/web3.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST } from '@/app/(staking)/api/dev/keel-faucet/route';
import { seed } from '@/lib/localnet/seed';
import { startTestChain, type TestChain } from '@/lib/localnet/testing';
import { DEMO_FAUCET_DROP, DEMO_MINT } from './addresses';
import { dripKeel, FaucetError } from './faucet';

const mint = new PublicKey(DEMO_MINT);
let chain: TestChain;

beforeAll(async () => {
  chain = await startTestChain({ seed });
});
afterAll(async () => {
  await chain.close();
});

async function keelOf(owner: PublicKey): Promise<bigint> {
  const program = (await chain.connection.getAccountInfo(mint))!.owner;
  return (await getAccount(chain.connection, getAssociatedTokenAddressSync(mint, owner, true, program), 'confirmed', program)).amount;
}

const post = (body: unknown) =>
  POST(new Request('http://localhost/api/dev/keel-faucet', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }));

describe('dev KEEL faucet', () => {
  it('sends a drop to a wallet with no token account and no SOL (the treasury pays)', async () => {
    const owner = Keypair.generate().publicKey;
    const result = await dripKeel({ connection: chain.connection, owner });
    expect(result.amount).toBe(DEMO_FAUCET_DROP);
    expect(await keelOf(owner)).toBe(DEMO_FAUCET_DROP);
    await dripKeel({ connection: chain.connection, owner });
    expect(await keelOf(owner)).toBe(2n * DEMO_FAUCET_DROP);
  });

  it('says so when the faucet cannot cover a drop', async () => {
    await expect(dripKeel({ connection: chain.connection, owner: Keypair.generate().publicKey, amount: 10n ** 18n })).rejects.toThrow(FaucetError);
  });

  it('the route drips on the local chain', async () => {
    const owner = Keypair.generate().publicKey;
    const res = await post({ owner: owner.toBase58(), rpcUrl: chain.url });
    expect(res.status).toBe(200);
    const json = (await res.json()) as { signature: string; amount: string };
    expect(BigInt(json.amount)).toBe(DEMO_FAUCET_DROP);
    expect(await keelOf(owner)).toBe(DEMO_FAUCET_DROP);
  });

  it('the route refuses anything but the Keel local chain on this machine', async () => {
    const owner = Keypair.generate().publicKey.toBase58();
    expect((await post({ owner, rpcUrl: 'https://api.devnet.solana.com' })).status).toBe(400);
    expect((await post({ owner: 'nope', rpcUrl: chain.url })).status).toBe(400);
    expect((await post({ owner, rpcUrl: 'http://127.0.0.1:1' })).status).toBe(403);
  });

  it('the route does not exist in a production build unless KEEL_DEV_FAUCET=1', async () => {
    const env = process.env as Record<string, string | undefined>;
    const before = env.NODE_ENV;
    env.NODE_ENV = 'production';
    try {
      expect((await post({ owner: Keypair.generate().publicKey.toBase58(), rpcUrl: chain.url })).status).toBe(404);
    } finally {
      env.NODE_ENV = before;
    }
  });
});

describe('dev KEEL faucet on a chain without the demo', () => {
  it('points at the reset command', async () => {
    const bare = await startTestChain();
    try {
      await expect(dripKeel({ connection: bare.connection, owner: Keypair.generate().publicKey })).rejects.toThrow(/npm run dev -- --reset/);
    } finally {
      await bare.close();
    }
  });
});
