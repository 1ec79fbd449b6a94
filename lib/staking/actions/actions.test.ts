/**
 * The action builders against the real staking program in LiteSVM, with the
 * quotes the pages show checked against what the chain then does: penalty,
 * payout, pending rewards (along each position's curve, with the schedule),
 * voting power, unlock dates on 00:00 UTC, claim-all packing, and the staking
 * `sync` every transaction starts with.
 */
import {
  createAssociatedTokenAccountIdempotentInstruction,
  createCloseAccountInstruction,
  createTransferCheckedInstruction,
  getAssociatedTokenAddressSync,
  TOKEN_PROGRAM_ID,
  unpackAccount,
} from '@solana/spl-token';
import { Keypair, type PublicKey, type TransactionInstruction } from '@solana/web3.js';
import type { LiteSVM } from 'litesvm';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  DAY_SECS,
  dayCeil,
  decodeConfig,
  decodePosition,
  decodeSchedule,
  decodeStaker,
  effectiveVotingPower,
  findPositionPda,
  findStakerPda,
  getFundStreamInstruction,
  getInitializeInstructions,
  lockEndAt,
  StakingErrorCode,
  STAKING_PROGRAM_ID,
  StakingInstruction,
  stakingAddresses,
} from '@/lib/programs/staking';
import { createSvm } from '@/programs/test-support';
import { sendWeb3 } from '@/programs/test-support/web3';
import { createKeelToken, type KeelToken } from '@/lib/token/create-keel-token';
import { keel } from '@/lib/token/keel-token';
import { svmAccountInfo, svmTarget } from '@/lib/token/svm-target';
import { computeBudgetInstructions, MAX_COMPUTE_UNIT_LIMIT } from '@/lib/tx/computeBudget';
import { parseTokenAmount } from '../format';
import { MAX_TRANSACTION_BYTES, transactionSize } from '../pack';
import { positionPending, quoteAddStake, quoteExtend, quoteStake, quoteUnstake } from '../quotes';
import type { Position } from '../types';
import { addStake } from './add-stake';
import { claim } from './claim';
import { claimAll } from './claim-all';
import { compound } from './compound';
import { extendLock } from './extend-lock';
import { setAutoCompound } from './set-auto-compound';
import type { ActionContext } from './shared';
import { stake } from './stake';
import { unstake } from './unstake';

const DAY = 86_400n;
const START = 1_780_000_000n;

interface World {
  svm: LiteSVM;
  treasury: Keypair;
  user: Keypair;
  token: KeelToken;
  ctx: ActionContext;
  ata: PublicKey;
}

function setTime(svm: LiteSVM, ts: bigint) {
  const clock = svm.getClock();
  clock.unixTimestamp = ts;
  clock.slot += 1n;
  svm.setClock(clock);
}
const now = (w: World) => w.svm.getClock().unixTimestamp;
const warp = (w: World, secs: bigint) => setTime(w.svm, now(w) + secs);

function send(w: World, instructions: readonly TransactionInstruction[], payer = w.user) {
  const result = sendWeb3(w.svm, payer, [...computeBudgetInstructions({ units: MAX_COMPUTE_UNIT_LIMIT, microLamports: 1 }), ...instructions]);
  if (!result.ok) throw new Error(`${result.error}\n${result.logs.join('\n')}`);
  return result;
}

const config = (w: World) => decodeConfig(svmAccountInfo(w.svm, stakingAddresses(w.token.mint).config)!.data);
const schedule = (w: World) => decodeSchedule(svmAccountInfo(w.svm, stakingAddresses(w.token.mint).schedule)!.data);
const chainDay = (w: World) => now(w) / DAY_SECS;

const isStaking = (ix: TransactionInstruction) => ix.programId.equals(STAKING_PROGRAM_ID);
const isSync = (ix: TransactionInstruction) => isStaking(ix) && ix.data.length === 1 && ix.data[0] === StakingInstruction.Sync;

/**
 * The transaction's staking instructions start with `sync` (on the world's
 * config and schedule), and it is the only one; only the wallet's token
 * account creation may come before it. Returns the instructions after it.
 */
function expectSyncFirst(w: World, instructions: readonly TransactionInstruction[], at = 0): TransactionInstruction[] {
  const { config: configKey, schedule: scheduleKey } = stakingAddresses(w.token.mint);
  expect(instructions.findIndex(isStaking)).toBe(at);
  const sync = instructions[at]!;
  expect(isSync(sync)).toBe(true);
  expect(sync.keys.map((k) => [k.pubkey.toBase58(), k.isWritable, k.isSigner])).toEqual([
    [configKey.toBase58(), true, false],
    [scheduleKey.toBase58(), true, false],
  ]);
  expect(instructions.filter(isSync)).toHaveLength(1);
  return instructions.slice(at + 1);
}
const balance = (w: World, account = w.ata) => {
  const info = svmAccountInfo(w.svm, account);
  return info ? unpackAccount(account, info, w.token.tokenProgram).amount : 0n;
};
const staker = (w: World) => {
  const info = svmAccountInfo(w.svm, findStakerPda(stakingAddresses(w.token.mint).config, w.user.publicKey)[0]);
  return info ? decodeStaker(info.data) : null;
};
function positions(w: World): Position[] {
  const s = staker(w);
  const out: Position[] = [];
  for (let id = 0; id < (s?.nextPositionId ?? 0); id++) {
    const [address] = findPositionPda(stakingAddresses(w.token.mint).config, w.user.publicKey, id);
    const info = svmAccountInfo(w.svm, address);
    if (info) out.push({ ...decodePosition(info.data), address });
  }
  return out;
}
const holding = (w: World) => ({ ata: w.ata, exists: svmAccountInfo(w.svm, w.ata) !== null });

async function world(): Promise<World> {
  const svm = createSvm(['staking']);
  setTime(svm, START);
  const treasury = Keypair.generate();
  const target = svmTarget(svm, treasury);
  const mint = Keypair.generate();
  const token = await createKeelToken({
    target,
    mint,
    mintAuthority: treasury,
    vaultAuthority: treasury.publicKey,
    withMint: getInitializeInstructions({ payer: treasury.publicKey, mint: mint.publicKey, tokenProgram: TOKEN_PROGRAM_ID }),
  });
  const user = Keypair.generate();
  svmTarget(svm, user); // airdrops SOL to the user
  const ata = getAssociatedTokenAddressSync(token.mint, user.publicKey, false, token.tokenProgram);
  await target.send([
    createAssociatedTokenAccountIdempotentInstruction(treasury.publicKey, ata, user.publicKey, token.mint, token.tokenProgram),
    createTransferCheckedInstruction(token.seasonVault, token.mint, ata, treasury.publicKey, keel(100_000), 9, [], token.tokenProgram),
    // A stream of 10,000 KEEL over 100 days: something accrues every second.
    getFundStreamInstruction({
      mint: token.mint,
      authority: treasury.publicKey,
      authorityToken: token.seasonVault,
      tokenProgram: token.tokenProgram,
      amount: keel(10_000),
      durationSecs: 100n * DAY,
    }),
  ]);
  const ctx: ActionContext = { deployment: { programId: STAKING_PROGRAM_ID, mint: token.mint }, mint: { tokenProgram: token.tokenProgram, decimals: 9 }, owner: user.publicKey };
  return { svm, treasury, user, token, ctx, ata };
}

function doStake(w: World, tier: number, amount: bigint) {
  send(w, stake({ ...w.ctx, config: config(w), staker: staker(w), holding: w, tier, amount }).instructions);
  return positions(w).at(-1)!;
}

describe('staking actions against the program', () => {
  let w: World;
  beforeEach(async () => {
    w = await world();
  });

  it('stake on the 30-day tier: the quoted voting power and unlock date are what the chain stores', () => {
    const quote = quoteStake(config(w), 2, keel(1_000), now(w));
    const before = balance(w);
    const request = stake({ ...w.ctx, config: config(w), staker: staker(w), holding: w, tier: 2, amount: keel(1_000) });
    const [ix, ...rest] = expectSyncFirst(w, request.instructions);
    expect(rest).toEqual([]);
    expect(ix!.data[0]).toBe(StakingInstruction.Stake);
    send(w, request.instructions);
    const p = positions(w).at(-1)!;
    expect(p.tier).toBe(2);
    expect(p.amount).toBe(keel(1_000));
    expect(p.votingPower).toBe(quote.votingPower);
    expect(p.votingPower).toBe(keel(1_500));
    expect(p.unlockAt).toEqual(quote.unlockAt);
    // The lock ends on the first 00:00 UTC at or after 30 days from now.
    expect(p.lockEndTs).toBe(dayCeil(now(w) + 30n * DAY));
    expect(p.lockEndTs % DAY).toBe(0n);
    expect(p.lockEndTs).toBeGreaterThan(now(w) + 30n * DAY);
    expect(p.curve).toMatchObject({ amount: keel(1_000), hasLock: true, multiplierBps: 15_000, fallMultiplierBps: 10_000, lockEnd: p.lockEndTs });
    expect(p.settledAtTs).toBe(now(w));
    expect(before - balance(w)).toBe(keel(1_000));
    expect(quote.apr).toBeGreaterThan(0);
  });

  it('an early unstake is charged the quoted penalty; after the lock it is free', () => {
    const p = doStake(w, 2, keel(1_000));
    const early = quoteUnstake(config(w), schedule(w), p, parseTokenAmount('500'), now(w));
    expect(early).toMatchObject({ early: true, penalty: keel(50), payout: keel(450), closes: false, problem: null });
    let before = balance(w);
    const first = unstake({ ...w.ctx, config: config(w), position: p, holding: holding(w), amount: early.amount });
    expect(expectSyncFirst(w, first.instructions).map((ix) => ix.data[0])).toEqual([StakingInstruction.Unstake]);
    send(w, first.instructions);
    expect(balance(w) - before).toBe(early.payout);

    // Still early one second before the boundary the lock ends on.
    setTime(w.svm, p.lockEndTs - 1n);
    expect(quoteUnstake(config(w), schedule(w), positions(w)[0]!, parseTokenAmount('100'), now(w)).early).toBe(true);

    warp(w, 31n * DAY);
    const p2 = positions(w)[0]!;
    const late = quoteUnstake(config(w), schedule(w), p2, parseTokenAmount('400'), now(w));
    expect(late).toMatchObject({ early: false, penalty: 0n, payout: keel(400), problem: null });
    // A month without a write: the unstake alone would have to walk more than
    // 8 boundaries and is refused; the sync in front walks them.
    expect(chainDay(w) - BigInt(config(w).syncedDay)).toBeGreaterThan(8n);
    const request = unstake({ ...w.ctx, config: config(w), position: p2, holding: holding(w), amount: late.amount });
    const bare = sendWeb3(w.svm, w.user, expectSyncFirst(w, request.instructions));
    expect(bare.ok).toBe(false);
    expect(bare.ok ? null : bare.customCode).toBe(StakingErrorCode.SyncRequired);
    before = balance(w);
    send(w, request.instructions);
    expect(balance(w) - before).toBe(keel(400));
    expect(BigInt(config(w).syncedDay)).toBe(chainDay(w));
  });

  it('unstaking everything closes the position and pays the quoted rewards with it', () => {
    doStake(w, 0, keel(1_000));
    warp(w, 2n * DAY);
    const p = positions(w)[0]!;
    const q = quoteUnstake(config(w), schedule(w), p, { ok: true, value: p.amount }, now(w));
    expect(q.closes).toBe(true);
    expect(q.penalty).toBe(0n);
    expect(q.rewardsPaid).toBeGreaterThan(0n);
    const before = balance(w);
    send(w, unstake({ ...w.ctx, config: config(w), position: p, holding: holding(w), amount: p.amount }).instructions);
    expect(balance(w) - before).toBe(keel(1_000) + q.rewardsPaid);
    expect(positions(w)).toHaveLength(0);
  });

  it('refuses, with a sentence, amounts the program would refuse', () => {
    const p = doStake(w, 2, keel(1_000));
    expect(quoteUnstake(config(w), schedule(w), p, parseTokenAmount('1001'), now(w)).problem).toBe('The position holds 1,000 KEEL.');
    expect(quoteUnstake(config(w), schedule(w), p, parseTokenAmount('0'), now(w)).problem).toBe('Enter an amount greater than zero.');
    const locked = { ...p, voteLockedUntil: new Date(Number(now(w) + DAY) * 1000), voteLockedUntilTs: now(w) + DAY };
    expect(quoteUnstake(config(w), schedule(w), locked, parseTokenAmount('1'), now(w)).problem).toMatch(/^This position is locked by a governance vote until .+; it cannot be unstaked before then\.$/);
  });

  it('claim pays exactly the pending amount projected at the same second', () => {
    doStake(w, 2, keel(1_000));
    warp(w, DAY);
    const p = positions(w)[0]!;
    // A boundary has passed since the last write: the projection walks it as the sync will.
    expect(BigInt(config(w).syncedDay)).toBe(chainDay(w) - 1n);
    const pending = positionPending(config(w), schedule(w), p, now(w));
    expect(pending).toBeGreaterThan(0n);
    const before = balance(w);
    const request = claim({ ...w.ctx, position: p, holding: holding(w), pending });
    expect(expectSyncFirst(w, request.instructions).map((ix) => ix.data[0])).toEqual([StakingInstruction.Claim]);
    send(w, request.instructions);
    expect(balance(w) - before).toBe(pending);
  });

  it('claim all packs 25 claims into few transactions, creating the missing token account first', () => {
    for (let i = 0; i < 25; i++) doStake(w, i % 5, keel(100));
    // Empty and close the wallet's token account: claim-all must create it again.
    const rest = balance(w);
    send(w, [
      createTransferCheckedInstruction(w.ata, w.token.mint, w.token.seasonVault, w.user.publicKey, rest, 9, [], w.token.tokenProgram),
      createCloseAccountInstruction(w.ata, w.user.publicKey, w.user.publicKey, [], w.token.tokenProgram),
    ]);
    expect(holding(w).exists).toBe(false);
    warp(w, DAY);
    const cfg = config(w);
    const sched = schedule(w);
    const list = positions(w).map((position) => ({ position, pending: positionPending(cfg, sched, position, now(w)) }));
    const requests = claimAll({ ...w.ctx, positions: list, holding: holding(w) });
    expect(requests.length).toBeGreaterThan(1);
    expect(requests.length).toBeLessThanOrEqual(3);
    for (const r of requests) expect(transactionSize(w.user.publicKey, r.instructions)).toBeLessThanOrEqual(MAX_TRANSACTION_BYTES);
    // The token account's creation, one sync, then 25 claims.
    expect(requests.flatMap((r) => r.instructions)).toHaveLength(27);
    const [createAta] = requests[0]!.instructions;
    expect(isStaking(createAta!)).toBe(false);
    expect(expectSyncFirst(w, requests[0]!.instructions, 1).every((ix) => ix.data[0] === StakingInstruction.Claim)).toBe(true);
    // Later transactions run after the first one synced: claims only.
    for (const r of requests.slice(1)) expect(r.instructions.every((ix) => isStaking(ix) && ix.data[0] === StakingInstruction.Claim)).toBe(true);
    for (const r of requests) send(w, r.instructions);
    expect(balance(w)).toBe(list.reduce((s, p) => s + p.pending, 0n));
  });

  it('claim all leaves out positions with nothing due', () => {
    const p = doStake(w, 2, keel(1_000));
    const requests = claimAll({ ...w.ctx, positions: [{ position: p, pending: 0n }], holding: holding(w) });
    expect(requests).toEqual([]);
  });

  it('add, extend, compound and auto-compound do what their quotes say', () => {
    const p = doStake(w, 1, keel(1_000));
    warp(w, 3n * DAY);
    const add = quoteAddStake(config(w), p, keel(500), now(w));
    const adding = addStake({ ...w.ctx, position: p, holding: w, amount: keel(500) });
    expect(expectSyncFirst(w, adding.instructions).map((ix) => ix.data[0])).toEqual([StakingInstruction.AddStake]);
    send(w, adding.instructions);
    let q = positions(w)[0]!;
    expect(q.amount).toBe(add.total);
    expect(q.votingPower).toBe(add.votingPower);
    // The lock restarts at the tier's length, ending on a boundary.
    expect(q.lockEndTs).toBe(lockEndAt(now(w), 7n * DAY));
    // (soft: the rest of the test still runs when the quote is off)
    expect.soft(add.unlockAtTs, 'quoteAddStake unlock').toBe(q.lockEndTs);

    const ext = quoteExtend(config(w), q, 3, now(w));
    const extending = extendLock({ ...w.ctx, config: config(w), position: q, tier: 3 });
    expect(expectSyncFirst(w, extending.instructions).map((ix) => ix.data[0])).toEqual([StakingInstruction.ExtendLock]);
    send(w, extending.instructions);
    q = positions(w)[0]!;
    expect(q.tier).toBe(3);
    expect(q.votingPower).toBe(ext.votingPower);
    expect(q.lockEndTs).toBe(lockEndAt(now(w), 90n * DAY));
    expect.soft(ext.unlockAt, 'quoteExtend unlock').toEqual(q.unlockAt);
    expect(effectiveVotingPower(q, now(w))).toBe(ext.votingPower);
    expect(() => extendLock({ ...w.ctx, config: config(w), position: q, tier: 2 })).toThrow(/longer tier/);

    warp(w, DAY);
    const pending = positionPending(config(w), schedule(w), q, now(w));
    const compounding = compound({ ...w.ctx, position: q, pending });
    expect(expectSyncFirst(w, compounding.instructions).map((ix) => ix.data[0])).toEqual([StakingInstruction.Compound]);
    send(w, compounding.instructions);
    expect(positions(w)[0]!.amount).toBe(q.amount + pending);

    send(w, setAutoCompound({ ...w.ctx, position: q, enabled: true }).instructions);
    expect(positions(w)[0]!.autoCompound).toBe(true);
  });
});
