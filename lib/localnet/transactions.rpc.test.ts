/**
 * Sending, confirming, simulating and looking up transactions through web3.js
 * against the live local server.
 */
import {
  ComputeBudgetProgram,
  Keypair,
  LAMPORTS_PER_SOL,
  NONCE_ACCOUNT_LENGTH,
  NonceAccount,
  PublicKey,
  SendTransactionError,
  SystemProgram,
  Transaction,
  TransactionInstruction,
  TransactionMessage,
  VersionedTransaction,
  sendAndConfirmTransaction,
} from '@solana/web3.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestChain, type TestChain } from './testing';

const MEMO_PROGRAM = new PublicKey('MemoSq4gqABAXKb96qnH8TysNcWxMyWCqXgDLGmfcHr');

let net: TestChain;
const payer = Keypair.generate();

function memo(text: string, signer: PublicKey): TransactionInstruction {
  return new TransactionInstruction({ programId: MEMO_PROGRAM, keys: [{ pubkey: signer, isSigner: true, isWritable: false }], data: Buffer.from(text) });
}

async function signed(...ixs: TransactionInstruction[]): Promise<Transaction> {
  const { blockhash, lastValidBlockHeight } = await net.connection.getLatestBlockhash();
  const tx = new Transaction({ feePayer: payer.publicKey, blockhash, lastValidBlockHeight }).add(...ixs);
  tx.sign(payer);
  return tx;
}

beforeAll(async () => {
  net = await startTestChain();
  const sig = await net.connection.requestAirdrop(payer.publicKey, 10 * LAMPORTS_PER_SOL);
  await net.connection.confirmTransaction({ signature: sig, ...(await net.connection.getLatestBlockhash()) });
});
afterAll(() => net.close());

describe('airdrop and transfer', () => {
  it('airdrops lamports that getBalance then reports', async () => {
    expect(await net.connection.getBalance(payer.publicKey)).toBe(10 * LAMPORTS_PER_SOL);
  });

  it('sends and confirms a transfer over the websocket, charging 5000 lamports', async () => {
    const to = Keypair.generate().publicKey;
    const before = await net.connection.getBalance(payer.publicKey);
    const tx = new Transaction().add(SystemProgram.transfer({ fromPubkey: payer.publicKey, toPubkey: to, lamports: LAMPORTS_PER_SOL }));
    const sig = await sendAndConfirmTransaction(net.connection, tx, [payer]);
    expect(await net.connection.getBalance(to)).toBe(LAMPORTS_PER_SOL);
    expect(before - (await net.connection.getBalance(payer.publicKey))).toBe(LAMPORTS_PER_SOL + 5000);
    const [status] = (await net.connection.getSignatureStatuses([sig])).value;
    expect(status).toMatchObject({ err: null, confirmationStatus: 'finalized' });
  });

  it('rejects a transaction whose signature does not verify', async () => {
    const tx = await signed(memo('x', payer.publicKey));
    const bytes = tx.serialize();
    bytes[bytes.length - 1]! ^= 1; // change the message under the signature
    const reply = await net.rpc('sendTransaction', [bytes.toString('base64'), { encoding: 'base64' }]);
    expect(reply.error?.code).toBe(-32003);
  });

  it('answers AlreadyProcessed for a duplicate', async () => {
    const tx = await signed(memo('once', payer.publicKey));
    await net.connection.sendRawTransaction(tx.serialize());
    await expect(net.connection.sendRawTransaction(tx.serialize())).rejects.toThrow(/already been processed/);
  });
});

describe('simulation', () => {
  it('returns logs and compute units of a succeeding transaction', async () => {
    const { value } = await net.connection.simulateTransaction(await signed(memo('hello', payer.publicKey)));
    expect(value.err).toBeNull();
    expect(value.logs).toContain("Program log: hello");
    expect(value.unitsConsumed).toBeGreaterThan(0);
  });

  it('returns the error and logs of a failing transaction', async () => {
    const tx = await signed(SystemProgram.transfer({ fromPubkey: payer.publicKey, toPubkey: Keypair.generate().publicKey, lamports: 1000 * LAMPORTS_PER_SOL }));
    const { value } = await net.connection.simulateTransaction(tx);
    expect(value.err).toEqual({ InstructionError: [0, { Custom: 1 }] });
    expect(value.logs!.join('\n')).toMatch(/insufficient lamports/);
  });

  it('replaces the blockhash and reports post-simulation accounts', async () => {
    const to = Keypair.generate().publicKey;
    const message = new TransactionMessage({
      payerKey: payer.publicKey,
      recentBlockhash: Keypair.generate().publicKey.toBase58(), // not a real blockhash
      instructions: [SystemProgram.transfer({ fromPubkey: payer.publicKey, toPubkey: to, lamports: LAMPORTS_PER_SOL })],
    }).compileToV0Message();
    const tx = new VersionedTransaction(message);
    const { value } = await net.connection.simulateTransaction(tx, {
      sigVerify: false,
      replaceRecentBlockhash: true,
      accounts: { encoding: 'base64', addresses: [to.toBase58()] },
    });
    expect(value.err).toBeNull();
    expect(value.accounts?.[0]?.lamports).toBe(LAMPORTS_PER_SOL);
    expect(await net.connection.getBalance(to)).toBe(0); // nothing committed
    const { value: stale } = await net.connection.simulateTransaction(tx, { sigVerify: false });
    expect(stale.err).toBe('BlockhashNotFound');
  });

  it('refuses a bad signature under sigVerify with -32003', async () => {
    const tx = await signed(memo('sig', payer.publicKey));
    const bytes = tx.serialize();
    bytes[bytes.length - 1]! ^= 1;
    const reply = await net.rpc('simulateTransaction', [bytes.toString('base64'), { encoding: 'base64', sigVerify: true }]);
    expect(reply.error?.code).toBe(-32003);
  });

  it('fails preflight with -32002 and the simulation logs', async () => {
    const tx = await signed(SystemProgram.transfer({ fromPubkey: payer.publicKey, toPubkey: Keypair.generate().publicKey, lamports: 1000 * LAMPORTS_PER_SOL }));
    const error = await net.connection.sendRawTransaction(tx.serialize()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SendTransactionError);
    expect((error as SendTransactionError).message).toMatch(/custom program error: 0x1/);
    expect((error as SendTransactionError).logs?.join('\n')).toMatch(/insufficient lamports/);
    const raw = await net.rpc('sendTransaction', [tx.serialize().toString('base64'), { encoding: 'base64' }]);
    expect(raw.error).toMatchObject({ code: -32002, data: { err: { InstructionError: [0, { Custom: 1 }] } } });
  });

  it('with skipPreflight lands a failing transaction with its error and fee', async () => {
    const before = await net.connection.getBalance(payer.publicKey);
    const tx = await signed(SystemProgram.transfer({ fromPubkey: payer.publicKey, toPubkey: Keypair.generate().publicKey, lamports: 1000 * LAMPORTS_PER_SOL }));
    const sig = await net.connection.sendRawTransaction(tx.serialize(), { skipPreflight: true });
    const { value } = await net.connection.confirmTransaction({ signature: sig, blockhash: tx.recentBlockhash!, lastValidBlockHeight: tx.lastValidBlockHeight! });
    expect(value.err).toEqual({ InstructionError: [0, { Custom: 1 }] });
    const got = await net.connection.getTransaction(sig, { maxSupportedTransactionVersion: 0 });
    expect(got?.meta?.err).toEqual({ InstructionError: [0, { Custom: 1 }] });
    expect(got?.meta?.fee).toBe(5000);
    expect(before - (await net.connection.getBalance(payer.publicKey))).toBe(5000);
  });
});

describe('fees', () => {
  it('getFeeForMessage and the charged fee include the priority fee', async () => {
    const to = Keypair.generate().publicKey;
    const tx = await signed(
      ComputeBudgetProgram.setComputeUnitLimit({ units: 10_000 }),
      ComputeBudgetProgram.setComputeUnitPrice({ microLamports: 1_000_000 }),
      SystemProgram.transfer({ fromPubkey: payer.publicKey, toPubkey: to, lamports: LAMPORTS_PER_SOL }),
    );
    expect((await net.connection.getFeeForMessage(tx.compileMessage())).value).toBe(15_000);
    const before = await net.connection.getBalance(payer.publicKey);
    const sig = await sendAndConfirmTransaction(net.connection, tx, [payer]);
    expect(before - (await net.connection.getBalance(payer.publicKey))).toBe(LAMPORTS_PER_SOL + 15_000);
    expect((await net.connection.getTransaction(sig, { maxSupportedTransactionVersion: 0 }))?.meta?.fee).toBe(15_000);
    // Per slot, the lowest price among transactions write-locking the account.
    const fees = await net.connection.getRecentPrioritizationFees({ lockedWritableAccounts: [to] });
    expect(fees.some((f) => f.prioritizationFee === 1_000_000)).toBe(true);
  });
});

describe('history', () => {
  it('getTransaction returns the transaction and its meta in json, jsonParsed and base64', async () => {
    const to = Keypair.generate().publicKey;
    const tx = new Transaction().add(SystemProgram.transfer({ fromPubkey: payer.publicKey, toPubkey: to, lamports: 2 * LAMPORTS_PER_SOL }), memo('pay', payer.publicKey));
    const sig = await sendAndConfirmTransaction(net.connection, tx, [payer]);
    const got = await net.connection.getTransaction(sig, { maxSupportedTransactionVersion: 0, commitment: 'confirmed' });
    expect(got?.transaction.signatures[0]).toBe(sig);
    expect(got?.version).toBe('legacy');
    const keys = got!.transaction.message.staticAccountKeys.map((k) => k.toBase58());
    const toIndex = keys.indexOf(to.toBase58());
    expect(got!.meta!.preBalances[toIndex]).toBe(0);
    expect(got!.meta!.postBalances[toIndex]).toBe(2 * LAMPORTS_PER_SOL);
    expect(got!.meta!.logMessages!.join('\n')).toMatch(/Memo \(len 3\)/);
    expect(got!.meta!.computeUnitsConsumed).toBeGreaterThan(0);
    expect(got!.blockTime).toBeGreaterThan(1_600_000_000);

    const parsed = await net.connection.getParsedTransaction(sig, { maxSupportedTransactionVersion: 0 });
    expect(parsed?.transaction.message.accountKeys[0]).toMatchObject({ signer: true, writable: true });
    expect(parsed?.transaction.message.instructions).toEqual([
      {
        program: 'system',
        programId: SystemProgram.programId,
        parsed: { type: 'transfer', info: { source: payer.publicKey.toBase58(), destination: to.toBase58(), lamports: 2 * LAMPORTS_PER_SOL } },
        stackHeight: null,
      },
      { program: 'spl-memo', programId: MEMO_PROGRAM, parsed: 'pay', stackHeight: null },
    ]);

    const raw = await net.rpc<{ transaction: [string, string] }>('getTransaction', [sig, { encoding: 'base64' }]);
    expect(Buffer.from(raw.result!.transaction[0], 'base64').equals(tx.serialize())).toBe(true);

    const sigs = await net.connection.getSignaturesForAddress(to);
    expect(sigs).toHaveLength(1);
    expect(sigs[0]).toMatchObject({ signature: sig, err: null, memo: '[3] pay' });
  });

  it('asks for maxSupportedTransactionVersion before returning a v0 transaction', async () => {
    const { blockhash, lastValidBlockHeight } = await net.connection.getLatestBlockhash();
    const message = new TransactionMessage({ payerKey: payer.publicKey, recentBlockhash: blockhash, instructions: [memo('v0', payer.publicKey)] }).compileToV0Message();
    const tx = new VersionedTransaction(message);
    tx.sign([payer]);
    const sig = await net.connection.sendTransaction(tx);
    await net.connection.confirmTransaction({ signature: sig, blockhash, lastValidBlockHeight });
    expect((await net.connection.getTransaction(sig, { maxSupportedTransactionVersion: 0 }))?.version).toBe(0);
    expect((await net.rpc('getTransaction', [sig, { encoding: 'json' }])).error?.code).toBe(-32015);
  });

  it('pages getSignaturesForAddress newest first with limit, before and until', async () => {
    const all = await net.connection.getSignaturesForAddress(payer.publicKey);
    expect(all.length).toBeGreaterThanOrEqual(5);
    const slots = all.map((s) => s.slot);
    expect([...slots].sort((a, b) => b - a)).toEqual(slots);
    const first = await net.connection.getSignaturesForAddress(payer.publicKey, { limit: 2 });
    expect(first.map((s) => s.signature)).toEqual(all.slice(0, 2).map((s) => s.signature));
    const next = await net.connection.getSignaturesForAddress(payer.publicKey, { before: all[1]!.signature, limit: 2 });
    expect(next.map((s) => s.signature)).toEqual(all.slice(2, 4).map((s) => s.signature));
    const newer = await net.connection.getSignaturesForAddress(payer.publicKey, { until: all[2]!.signature });
    expect(newer.map((s) => s.signature)).toEqual(all.slice(0, 2).map((s) => s.signature));
  });
});

describe('durable nonce', () => {
  it('accepts a transaction whose blockhash is the stored nonce', async () => {
    const nonce = Keypair.generate();
    const rent = await net.connection.getMinimumBalanceForRentExemption(NONCE_ACCOUNT_LENGTH);
    await sendAndConfirmTransaction(
      net.connection,
      new Transaction().add(
        ...SystemProgram.createNonceAccount({ fromPubkey: payer.publicKey, noncePubkey: nonce.publicKey, authorizedPubkey: payer.publicKey, lamports: rent }).instructions,
      ),
      [payer, nonce],
    );
    net.chain.advanceBlocks(1); // the nonce can only advance once the blockhash has moved on
    const stored = NonceAccount.fromAccountData((await net.connection.getAccountInfo(nonce.publicKey))!.data).nonce;
    const tx = new Transaction({
      feePayer: payer.publicKey,
      nonceInfo: { nonce: stored, nonceInstruction: SystemProgram.nonceAdvance({ noncePubkey: nonce.publicKey, authorizedPubkey: payer.publicKey }) },
    }).add(memo('durable', payer.publicKey));
    tx.sign(payer);
    expect((await net.connection.isBlockhashValid(stored)).value).toBe(false); // not a recent blockhash
    const sig = await net.connection.sendRawTransaction(tx.serialize());
    expect((await net.connection.getSignatureStatus(sig)).value?.err).toBeNull();
    const advanced = NonceAccount.fromAccountData((await net.connection.getAccountInfo(nonce.publicKey))!.data).nonce;
    expect(advanced).not.toBe(stored);
  });
});

describe('blockhash expiry', () => {
  it('keeps blockhashes valid across a time warp (warped slots produce no blocks)', async () => {
    const tx = await signed(memo('warp', payer.publicKey));
    const height = await net.connection.getBlockHeight();
    await net.rpc('keel_warpTime', [{ days: 7 }]);
    expect(await net.connection.getSlot()).toBeGreaterThan(7 * 216_000);
    expect(await net.connection.getBlockHeight()).toBeLessThan(height + 5);
    expect((await net.connection.isBlockhashValid(tx.recentBlockhash!)).value).toBe(true);
    const sig = await net.connection.sendRawTransaction(tx.serialize());
    const { value } = await net.connection.confirmTransaction({ signature: sig, blockhash: tx.recentBlockhash!, lastValidBlockHeight: tx.lastValidBlockHeight! });
    expect(value.err).toBeNull();
  });

  it('expires a blockhash 150 blocks after it was issued', async () => {
    const tx = await signed(memo('late', payer.publicKey));
    expect((await net.connection.isBlockhashValid(tx.recentBlockhash!)).value).toBe(true);
    net.chain.advanceBlocks(151);
    expect((await net.connection.isBlockhashValid(tx.recentBlockhash!)).value).toBe(false);
    await expect(net.connection.sendRawTransaction(tx.serialize())).rejects.toThrow(/Blockhash not found/);
    const sig = await net.connection.sendRawTransaction(tx.serialize(), { skipPreflight: true });
    await expect(
      net.connection.confirmTransaction({ signature: sig, blockhash: tx.recentBlockhash!, lastValidBlockHeight: tx.lastValidBlockHeight! }),
    ).rejects.toThrow(/block height exceeded/);
    expect((await net.connection.getSignatureStatus(sig)).value).toBeNull();
  });
});
