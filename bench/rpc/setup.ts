/**
 * The state `bench/rpc.ts` measures against: the ordinary demo seed
 * (lib/localnet/seed.ts: KEEL, staking pool, dev stakers, rewards, governance)
 * plus `STAKERS` deterministic bench wallets with `POSITIONS_EACH` positions
 * each, so getProgramAccounts scans a pool of a realistic size. Everything
 * lands in process before the RPC server listens (`localChainTarget`), paid
 * by the demo treasury (the dev `authority`, which owns the season vault).
 */
import { createHash } from 'node:crypto';
import {
  createAssociatedTokenAccountIdempotentInstruction,
  createTransferCheckedInstruction,
  getAssociatedTokenAddressSync,
} from '@solana/spl-token';
import { Keypair, LAMPORTS_PER_SOL, PublicKey, SystemProgram, type TransactionInstruction } from '@solana/web3.js';
import { DEMO_MINT, DEMO_SEASON_VAULT } from '@/lib/demo/addresses';
import { devKeypair } from '@/lib/demo/keys';
import { localChainTarget } from '@/lib/demo/local-chain-target';
import { demoTokenProgram } from '@/lib/demo/plan';
import { seed } from '@/lib/localnet/seed';
import type { SeedContext } from '@/lib/localnet/seed-context';
import { getStakeInstruction } from '@/lib/programs/staking';
import { KEEL_DECIMALS, keel } from '@/lib/token/keel-token';
import { tokenProgramId } from '@/lib/token/token-programs';

/** Bench stakers and their positions: 100 × 5 = 500 positions on top of the demo's 5. */
export const STAKERS = 100;
export const POSITIONS_EACH = 5;

export const MINT = new PublicKey(DEMO_MINT);
export const TOKEN_PROGRAM = tokenProgramId(demoTokenProgram());

/** A bench wallet from a public seed: the same addresses every run. */
export function benchKeypair(name: string): Keypair {
  return Keypair.fromSeed(createHash('sha256').update(`keel-bench:${name}`).digest());
}

export const stakerKeypair = (i: number): Keypair => benchKeypair(`staker:${i}`);
/** Sends the SOL transfers of the throughput case. */
export const SENDER = benchKeypair('sender');
/** Opens the positions of the stake throughput cases (raw path and app path). */
export const STAKE_SENDER = benchKeypair('stake-sender');
export const APP_SENDER = benchKeypair('app-sender');

export const ata = (owner: PublicKey): PublicKey => getAssociatedTokenAddressSync(MINT, owner, false, TOKEN_PROGRAM);

/** Staked per bench position: the demo's minimum (100 KEEL) and up, varied so positions differ. */
export function positionAmount(staker: number, id: number): bigint {
  return keel(100 + ((staker * 37 + id * 101) % 900));
}

/** The demo seed, then the bench wallets and their positions. */
export async function benchSeed(ctx: SeedContext): Promise<void> {
  await seed(ctx);
  const treasury = devKeypair('authority');
  const target = localChainTarget(ctx.chain, treasury);
  const fund = (owner: PublicKey, sol: number, tokens: bigint): TransactionInstruction[] => [
    SystemProgram.transfer({ fromPubkey: treasury.publicKey, toPubkey: owner, lamports: sol * LAMPORTS_PER_SOL }),
    createAssociatedTokenAccountIdempotentInstruction(treasury.publicKey, ata(owner), owner, MINT, TOKEN_PROGRAM),
    createTransferCheckedInstruction(new PublicKey(DEMO_SEASON_VAULT), MINT, ata(owner), treasury.publicKey, tokens, KEEL_DECIMALS, [], TOKEN_PROGRAM),
  ];

  for (let i = 0; i < STAKERS; i++) {
    const owner = stakerKeypair(i);
    let total = 0n;
    const stakes: TransactionInstruction[] = [];
    for (let id = 0; id < POSITIONS_EACH; id++) {
      const amount = positionAmount(i, id);
      total += amount;
      stakes.push(
        getStakeInstruction({ mint: MINT, owner: owner.publicKey, ownerToken: ata(owner.publicKey), tokenProgram: TOKEN_PROGRAM, tier: (i + id) % 5, amount, positionId: id }),
      );
    }
    // 1,000 KEEL left unstaked, for the simulated stake.
    await target.send(fund(owner.publicKey, 1, total + keel(1_000)));
    await target.send(stakes, [owner]);
  }
  // The throughput senders: SOL for fees and position rent, KEEL for 100-KEEL stakes.
  await target.send(fund(SENDER.publicKey, 10, 0n));
  await target.send(fund(STAKE_SENDER.publicKey, 10, keel(100_000)));
  await target.send(fund(APP_SENDER.publicKey, 10, keel(100_000)));
  ctx.log(`bench: ${STAKERS} stakers with ${POSITIONS_EACH} positions each, 3 senders funded`);
}
