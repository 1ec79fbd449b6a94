/**
 * State survives a restart: accounts, the ledger (getSignaturesForAddress,
 * getTransaction) and the warped clock; --reset starts over. Also checks the
 * genesis seed funds the dev accounts once.
 */
import { Keypair, LAMPORTS_PER_SOL, SystemProgram, Transaction, sendAndConfirmTransaction } from '@solana/web3.js';
import { afterAll, describe, expect, it } from 'vitest';
import { DEV_ACCOUNTS, devAccount, seedBytes } from './dev-accounts';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadChain, statePaths } from './persist';
import { SEED_VERSION } from './seed';
import { startTestChain, tempDir, waitFor } from './testing';

const state = tempDir();
afterAll(() => state.remove());

describe('persistence', () => {
  it('restores accounts, history and time after a restart, and reset forgets them', async () => {
    const first = await startTestChain({ stateDir: state.dir, seed: undefined });
    expect(first.restored).toBe(false);
    const alice = Keypair.fromSeed(seedBytes(devAccount('alice')));
    for (const account of DEV_ACCOUNTS) expect(BigInt(await first.connection.getBalance(Keypair.fromSeed(seedBytes(account)).publicKey))).toBe(account.lamports);

    const to = Keypair.generate().publicKey;
    const sig = await sendAndConfirmTransaction(first.connection, new Transaction().add(SystemProgram.transfer({ fromPubkey: alice.publicKey, toPubkey: to, lamports: 3 * LAMPORTS_PER_SOL })), [alice]);
    const warped = (await first.rpc<{ unixTimestamp: number; slot: number }>('keel_warpTime', [{ days: 10 }])).result!;
    const genesis = first.chain.genesisHash;
    await first.close();

    const second = await startTestChain({ stateDir: state.dir, seed: undefined });
    try {
      expect(second.restored).toBe(true);
      expect(second.chain.genesisHash).toBe(genesis);
      expect(await second.connection.getBalance(to)).toBe(3 * LAMPORTS_PER_SOL);
      // Not seeded again: alice still has 100 SOL minus the transfer and its fee.
      expect(await second.connection.getBalance(alice.publicKey)).toBe(97 * LAMPORTS_PER_SOL - 5000);
      expect((await second.connection.getSignaturesForAddress(to)).map((s) => s.signature)).toEqual([sig]);
      expect((await second.connection.getSignatureStatus(sig)).value?.err).toBeNull();
      const tx = await second.connection.getTransaction(sig, { maxSupportedTransactionVersion: 0 });
      expect(tx?.meta?.postBalances).toContain(3 * LAMPORTS_PER_SOL);
      const clock = (await second.rpc<{ unixTimestamp: number; slot: number }>('keel_getClock')).result!;
      expect(clock.unixTimestamp).toBeGreaterThanOrEqual(warped.unixTimestamp);
      expect(clock.slot).toBeGreaterThanOrEqual(warped.slot);
      // The restored chain still executes transactions, SPL programs included.
      await sendAndConfirmTransaction(second.connection, new Transaction().add(SystemProgram.transfer({ fromPubkey: alice.publicKey, toPubkey: to, lamports: 1 })), [alice]);
      expect(await second.connection.getSignaturesForAddress(to)).toHaveLength(2);
    } finally {
      await second.close();
    }

    const third = await startTestChain({ stateDir: state.dir, reset: true, seed: false });
    try {
      expect(third.restored).toBe(false);
      expect(await third.connection.getBalance(to)).toBe(0);
      expect(await third.connection.getSignaturesForAddress(to)).toEqual([]);
    } finally {
      await third.close();
    }
  });

  it('saves periodically while running, not only on shutdown', async () => {
    const dir = tempDir();
    const net = await startTestChain({ stateDir: dir.dir, saveIntervalMs: 200 });
    try {
      const to = Keypair.generate().publicKey;
      const sig = await net.connection.requestAirdrop(to, LAMPORTS_PER_SOL);
      // Several 200 ms intervals; polled, so a loaded machine only waits longer.
      const saved = await waitFor(() => {
        const chain = loadChain(statePaths(dir.dir));
        return chain?.history.get(sig) ? chain : undefined;
      }, 'the airdrop in the saved state');
      expect(saved.account(to.toBase58())?.lamports).toBe(BigInt(LAMPORTS_PER_SOL));
      expect(saved.history.get(sig)?.err).toBeNull();
    } finally {
      await net.close();
      dir.remove();
    }
  });

  it('sets a chain saved with other programs aside and starts fresh (their accounts may not read it)', async () => {
    const dir = tempDir();
    try {
      const first = await startTestChain({ stateDir: dir.dir, seed: undefined });
      const to = Keypair.generate().publicKey;
      // Polled rather than confirmTransaction, whose block-height polling may
      // still be in flight when the server closes.
      await first.connection.requestAirdrop(to, LAMPORTS_PER_SOL);
      for (let i = 0; (await first.connection.getBalance(to)) === 0; i++) {
        if (i === 500) throw new Error('the airdrop did not land');
        await new Promise((r) => setTimeout(r, 10));
      }
      await first.close();
      // Same programs: restored.
      const same = await startTestChain({ stateDir: dir.dir, seed: undefined });
      expect(same.restored).toBe(true);
      await same.close();
      // The fingerprint names the demo seed's version too: a chain seeded by an older seed is another build.
      const fingerprint = readFileSync(statePaths(dir.dir).programs, 'utf8');
      expect(fingerprint.endsWith(`seed ${SEED_VERSION}\n`)).toBe(true);
      writeFileSync(statePaths(dir.dir).programs, fingerprint.replace(`seed ${SEED_VERSION}\n`, `seed ${SEED_VERSION - 1}\n`));
      const olderSeed = await startTestChain({ stateDir: dir.dir, seed: undefined });
      expect(olderSeed.restored).toBe(false);
      expect(olderSeed.logs.some((l) => /older demo seed/.test(l))).toBe(true);
      await olderSeed.close();
      // Another build (as after a layout change): the old state moves aside, the new chain starts seeded.
      writeFileSync(statePaths(dir.dir).programs, 'an older build\n');
      const other = await startTestChain({ stateDir: dir.dir, seed: undefined });
      try {
        expect(other.restored).toBe(false);
        expect(await other.connection.getBalance(to)).toBe(0);
        expect(other.logs.some((l) => /made with other programs/.test(l))).toBe(true);
        const aside = readdirSync(dir.dir).filter((f) => f.startsWith('previous-'));
        expect(aside).toHaveLength(2);
        expect(existsSync(path.join(dir.dir, aside[0]!, 'state.svm'))).toBe(true);
      } finally {
        await other.close();
      }
    } finally {
      dir.remove();
    }
  });
});
