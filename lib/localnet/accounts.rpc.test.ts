/**
 * Account reads (getProgramAccounts filters, dataSlice, getMultipleAccounts)
 * and websocket subscriptions.
 */
import { MINT_SIZE, NATIVE_MINT, TOKEN_PROGRAM_ID, createMint, getOrCreateAssociatedTokenAccount, mintTo } from '@solana/spl-token';
import { Keypair, LAMPORTS_PER_SOL, SystemProgram, Transaction, sendAndConfirmTransaction, type PublicKey } from '@solana/web3.js';
import bs58 from 'bs58';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestChain, type TestChain } from './testing';

let net: TestChain;
const payer = Keypair.generate();
const alice = Keypair.generate();
const bob = Keypair.generate();
let mint: PublicKey;
let otherMint: PublicKey;
let aliceAta: PublicKey;

async function fund(to: PublicKey, sol: number) {
  const c = net.connection;
  await c.confirmTransaction({ signature: await c.requestAirdrop(to, sol * LAMPORTS_PER_SOL), ...(await c.getLatestBlockhash()) });
}

beforeAll(async () => {
  net = await startTestChain();
  await fund(payer.publicKey, 10);
  const c = net.connection;
  mint = await createMint(c, payer, payer.publicKey, null, 0);
  otherMint = await createMint(c, payer, payer.publicKey, null, 0);
  aliceAta = (await getOrCreateAssociatedTokenAccount(c, payer, mint, alice.publicKey)).address;
  const bobAta = (await getOrCreateAssociatedTokenAccount(c, payer, mint, bob.publicKey)).address;
  await mintTo(c, payer, mint, aliceAta, payer, 7n);
  await mintTo(c, payer, mint, bobAta, payer, 9n);
});
afterAll(() => net.close());

describe('getProgramAccounts', () => {
  it('filters by dataSize', async () => {
    const mints = await net.connection.getProgramAccounts(TOKEN_PROGRAM_ID, { filters: [{ dataSize: MINT_SIZE }] });
    // The chain starts with the wrapped-SOL mint.
    expect(mints.map((m) => m.pubkey.toBase58()).sort()).toEqual([mint, otherMint, NATIVE_MINT].map((k) => k.toBase58()).sort());
    expect(mints.every((m) => m.account.data.length === MINT_SIZE)).toBe(true);
  });

  it('filters by memcmp in base58 and base64 and slices the data', async () => {
    // Token account: owner at offset 32, amount (u64) at 64.
    const owned = await net.connection.getProgramAccounts(TOKEN_PROGRAM_ID, {
      filters: [{ dataSize: 165 }, { memcmp: { offset: 32, bytes: alice.publicKey.toBase58() } }],
      dataSlice: { offset: 64, length: 8 },
    });
    expect(owned.map((a) => a.pubkey.toBase58())).toEqual([aliceAta.toBase58()]);
    expect(owned[0]!.account.data).toEqual(Buffer.from([7, 0, 0, 0, 0, 0, 0, 0]));

    const byMint = await net.connection.getProgramAccounts(TOKEN_PROGRAM_ID, {
      filters: [{ dataSize: 165 }, { memcmp: { offset: 0, bytes: mint.toBuffer().toString('base64'), encoding: 'base64' } }],
    });
    expect(byMint).toHaveLength(2);
    const none = await net.connection.getProgramAccounts(TOKEN_PROGRAM_ID, {
      filters: [{ memcmp: { offset: 32, bytes: Keypair.generate().publicKey.toBase58() } }],
    });
    expect(none).toEqual([]);
  });

  it('wraps the list in a context with withContext', async () => {
    const reply = await net.rpc<{ context: { slot: number }; value: unknown[] }>('getProgramAccounts', [
      TOKEN_PROGRAM_ID.toBase58(),
      { encoding: 'base64', withContext: true, filters: [{ dataSize: MINT_SIZE }] },
    ]);
    expect(reply.result!.context.slot).toBeGreaterThanOrEqual(0);
    expect(reply.result!.value).toHaveLength(3);
  });

  it('rejects a malformed filter with -32602', async () => {
    const reply = await net.rpc('getProgramAccounts', [TOKEN_PROGRAM_ID.toBase58(), { filters: [{ memcmp: { offset: -1, bytes: 'x' } }] }]);
    expect(reply.error?.code).toBe(-32602);
  });
});

describe('account reads', () => {
  it('getMultipleAccounts returns null for missing accounts, in order', async () => {
    const missing = Keypair.generate().publicKey;
    const infos = await net.connection.getMultipleAccountsInfo([mint, missing, payer.publicKey]);
    expect(infos[0]?.owner.equals(TOKEN_PROGRAM_ID)).toBe(true);
    expect(infos[1]).toBeNull();
    expect(infos[2]?.lamports).toBeGreaterThan(0);
  });

  it('encodes small accounts in base58 and refuses large ones', async () => {
    const reply = await net.rpc<{ value: { data: [string, string] } }>('getAccountInfo', [mint.toBase58(), { encoding: 'base58' }]);
    expect(bs58.decode(reply.result!.value.data[0])).toHaveLength(MINT_SIZE);
    const large = await net.rpc('getAccountInfo', [aliceAta.toBase58(), { encoding: 'base58' }]);
    expect(large.error?.code).toBe(-32602);
  });

  it('gives the rent-exempt minimum of the runtime', async () => {
    expect(await net.connection.getMinimumBalanceForRentExemption(0)).toBe(890_880);
    expect(await net.connection.getMinimumBalanceForRentExemption(MINT_SIZE)).toBe(Number(net.chain.svm.minimumBalanceForRentExemption(82n)));
  });
});

describe('subscriptions', () => {
  it('notifies account changes (accountSubscribe through web3.js)', async () => {
    const watched = Keypair.generate().publicKey;
    const seen = new Promise<number>((resolve) => {
      const id = net.connection.onAccountChange(watched, (info) => {
        void net.connection.removeAccountChangeListener(id);
        resolve(info.lamports);
      });
    });
    await net.subscribed('account'); // web3.js subscribes asynchronously
    await sendAndConfirmTransaction(net.connection, new Transaction().add(SystemProgram.transfer({ fromPubkey: payer.publicKey, toPubkey: watched, lamports: LAMPORTS_PER_SOL })), [payer]);
    expect(await seen).toBe(LAMPORTS_PER_SOL);
  });

  it('notifies new slots and program account changes', async () => {
    const slot = await new Promise<number>((resolve) => {
      const id = net.connection.onSlotChange((s) => {
        void net.connection.removeSlotChangeListener(id);
        resolve(s.slot);
      });
    });
    expect(slot).toBeGreaterThan(0);

    const changed = new Promise<string>((resolve) => {
      const id = net.connection.onProgramAccountChange(
        TOKEN_PROGRAM_ID,
        (info) => {
          void net.connection.removeProgramAccountChangeListener(id);
          resolve(info.accountId.toBase58());
        },
        { filters: [{ dataSize: 165 }] },
      );
    });
    await net.subscribed('program');
    await mintTo(net.connection, payer, mint, aliceAta, payer, 1n);
    expect(await changed).toBe(aliceAta.toBase58());
  });

  it('sends receivedSignature then the result when enableReceivedNotification is set', async () => {
    const { blockhash } = await net.connection.getLatestBlockhash();
    const tx = new Transaction({ feePayer: payer.publicKey, recentBlockhash: blockhash }).add(
      SystemProgram.transfer({ fromPubkey: payer.publicKey, toPubkey: Keypair.generate().publicKey, lamports: LAMPORTS_PER_SOL }),
    );
    tx.sign(payer);
    const signature = bs58.encode(tx.signature!);
    const ws = new WebSocket(net.wsUrl);
    await new Promise((r) => ws.once('open', r));
    const messages: { id?: number; result?: unknown; method?: string; params?: { result: { value: unknown } } }[] = [];
    let acked!: () => void;
    const subscribed = new Promise<void>((r) => (acked = r));
    const done = new Promise<void>((resolve) =>
      ws.on('message', (d) => {
        messages.push(JSON.parse(d.toString()));
        if (messages.length === 1) acked();
        if (messages.length === 3) resolve();
      }),
    );
    ws.send(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'signatureSubscribe', params: [signature, { commitment: 'confirmed', enableReceivedNotification: true }] }));
    await subscribed;
    await net.connection.sendRawTransaction(tx.serialize());
    await done;
    ws.close();
    expect(messages[0]).toMatchObject({ id: 1, result: expect.any(Number) });
    expect(messages.slice(1).map((m) => [m.method, m.params?.result.value])).toEqual([
      ['signatureNotification', 'receivedSignature'],
      ['signatureNotification', { err: null }],
    ]);
  });
});
