/**
 * The local chain: a LiteSVM instance plus what a validator has and LiteSVM
 * does not — a slot that follows wall time, a queue of recent blockhashes, a
 * genesis hash, the transaction ledger — and listeners for the websocket
 * subscriptions. Executing transactions lives in execute.ts; this module owns
 * state and time.
 */
import { randomBytes } from 'node:crypto';
import bs58 from 'bs58';
import { address, lamports } from '@solana/kit';
import { Clock, EpochSchedule, LiteSVM } from 'litesvm';
import { BlockhashQueue } from './blockhashes';
import { blockTimeOfSlot, clockFor, heightAt, slotAt, SLOT_MS, SLOTS_PER_EPOCH, warpMs, type ChainTime, type ClockFields } from './clock';
import type { ChainAccount } from './encoding';
import { TxHistory, type TxRecord } from './history';
import { decodeMint } from './token-parse';

export const SYSTEM_PROGRAM_ID = '11111111111111111111111111111111';

export interface ChainMeta {
  version: 1;
  genesisHash: string;
  time: ChainTime;
  slot: number;
  blockHeight: number;
  blockhashes: [string, number][];
  /** Base58 32-byte seed of the faucet keypair that signs airdrops. */
  faucetSeed: string;
}

export interface ChangedAccount {
  address: string;
  account: ChainAccount | null;
}

export interface ChainListener {
  onSlot?(slot: number): void;
  onTransaction?(record: TxRecord, changed: ChangedAccount[]): void;
}

/**
 * LiteSVM settings every instance needs, also after a restore: its one-hash
 * blockhash check is replaced by BlockhashQueue, and its own duplicate check
 * by TxHistory (history capacity 0 keeps the snapshot small).
 */
function configure(svm: LiteSVM): LiteSVM {
  return svm.withBlockhashCheck(false).withTransactionHistory(0n).withSigverify(true);
}

export class LocalChain {
  readonly blockhashes: BlockhashQueue;
  readonly genesisHash: string;
  readonly faucetSeed: Uint8Array;
  /** Set by anything a restart must keep (transactions, warps, direct writes); cleared by a save. */
  dirty = false;
  private readonly listeners = new Set<ChainListener>();
  private time: ChainTime;
  private currentSlot: number;
  private currentHeight: number;

  private constructor(
    readonly svm: LiteSVM,
    meta: ChainMeta,
    readonly history: TxHistory,
  ) {
    this.genesisHash = meta.genesisHash;
    // `?? ` for state saved before block height was tracked apart from the slot.
    this.time = { ...meta.time, extraBlocks: meta.time.extraBlocks ?? 0 };
    this.currentSlot = meta.slot;
    this.currentHeight = meta.blockHeight ?? meta.slot;
    this.blockhashes = BlockhashQueue.fromJSON(meta.blockhashes);
    this.faucetSeed = bs58.decode(meta.faucetSeed);
    configure(svm);
  }

  /** A new chain at slot 0 whose genesis is now. */
  static create(nowMs = Date.now()): LocalChain {
    const svm = new LiteSVM().withNativeMints();
    // No warm-up: every epoch is 432,000 slots (2 days), so epochs are simple to reason about.
    svm.setEpochSchedule(new EpochSchedule(BigInt(SLOTS_PER_EPOCH), BigInt(SLOTS_PER_EPOCH), false, 0n, 0n));
    const meta: ChainMeta = {
      version: 1,
      genesisHash: bs58.encode(randomBytes(32)),
      time: { genesisUnixMs: nowMs, warpMs: 0, extraBlocks: 0 },
      slot: 0,
      blockHeight: 0,
      blockhashes: [],
      faucetSeed: bs58.encode(randomBytes(32)),
    };
    const chain = new LocalChain(svm, meta, new TxHistory());
    chain.blockhashes.add(svm.latestBlockhash(), 0);
    chain.applyClock(nowMs);
    return chain;
  }

  static restore(svmBytes: Uint8Array, meta: ChainMeta, records: TxRecord[]): LocalChain {
    const history = new TxHistory();
    for (const r of records) history.add(r, true);
    const chain = new LocalChain(LiteSVM.fromBytes(svmBytes), meta, history);
    chain.blockhashes.add(chain.svm.latestBlockhash(), chain.blockHeight);
    chain.tick();
    return chain;
  }

  meta(): ChainMeta {
    return {
      version: 1,
      genesisHash: this.genesisHash,
      time: { ...this.time },
      slot: this.currentSlot,
      blockHeight: this.currentHeight,
      blockhashes: this.blockhashes.toJSON(),
      faucetSeed: bs58.encode(this.faucetSeed),
    };
  }

  get slot(): number {
    return this.currentSlot;
  }

  /** Blocks produced; behind the slot by the slots warps skipped (see clock.ts). */
  get blockHeight(): number {
    return this.currentHeight;
  }

  /**
   * Brings slot, block height and the Clock sysvar up to chain time. Called by
   * the server's timer and before anything executes, so programs always see
   * current time. Each new block gets a new blockhash.
   */
  tick(nowMs = Date.now()): void {
    const slot = slotAt(this.time, nowMs);
    const height = heightAt(this.time, nowMs);
    if (height > this.currentHeight) {
      this.currentHeight = height;
      this.svm.expireBlockhash();
      this.blockhashes.add(this.svm.latestBlockhash(), height);
      this.blockhashes.prune(height);
    }
    const advanced = slot > this.currentSlot;
    if (advanced) this.currentSlot = slot;
    this.applyClock(nowMs);
    if (advanced) for (const l of this.listeners) l.onSlot?.(slot);
  }

  /**
   * Produces `count` blocks at once, as if their 400 ms each had passed: slot,
   * height and clock all move, so blockhashes older than 150 blocks expire.
   * For tests of expiry; the dev warp deliberately leaves block height alone.
   */
  advanceBlocks(count: number, nowMs = Date.now()): void {
    this.time.extraBlocks += count;
    this.time.warpMs += count * SLOT_MS;
    this.dirty = true;
    this.tick(nowMs);
  }

  /** Moves chain time forward (dev only); the slot follows at 400 ms per slot. */
  warp(days = 0, seconds = 0, nowMs = Date.now()): ClockFields {
    const ms = warpMs(days, seconds);
    if (!(ms >= 0)) throw new Error('warp must move time forward');
    this.time.warpMs += ms;
    this.dirty = true;
    this.tick(nowMs);
    return this.clock(nowMs);
  }

  /** getBlockTime: null for a slot not reached yet. */
  blockTime(slot: number): number | null {
    return slot > this.currentSlot ? null : blockTimeOfSlot(this.time, slot);
  }

  clock(nowMs = Date.now()): ClockFields {
    return clockFor(this.time, this.currentSlot, nowMs);
  }

  /** A fresh blockhash within the current block, for a sender that needs a new signature. */
  rotateBlockhash(): void {
    this.svm.expireBlockhash();
    this.blockhashes.add(this.svm.latestBlockhash(), this.currentHeight);
  }

  latestBlockhash(): { blockhash: string; lastValidBlockHeight: number } {
    const blockhash = this.svm.latestBlockhash();
    return { blockhash, lastValidBlockHeight: this.blockhashes.lastValidBlockHeight(blockhash)! };
  }

  account(pubkey: string): ChainAccount | null {
    const a = this.svm.getAccount(address(pubkey));
    if (!a.exists) return null;
    return { lamports: BigInt(a.lamports), data: a.data as Uint8Array, owner: a.programAddress, executable: a.executable };
  }

  programAccounts(owner: string): { pubkey: string; account: ChainAccount }[] {
    return this.svm.getProgramAccounts(address(owner)).map((a) => ({
      pubkey: a.address,
      account: { lamports: BigInt(a.lamports), data: a.data as Uint8Array, owner: a.programAddress, executable: a.executable },
    }));
  }

  setAccount(pubkey: string, account: ChainAccount): void {
    this.dirty = true;
    this.svm.setAccount({
      address: address(pubkey),
      lamports: lamports(account.lamports),
      space: BigInt(account.data.length),
      data: account.data,
      programAddress: address(account.owner),
      executable: account.executable,
    });
  }

  mintDecimals = (mint: string): number | null => {
    const a = this.account(mint);
    return a ? (decodeMint(a.owner, a.data)?.decimals ?? null) : null;
  };

  listen(listener: ChainListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Adds an included transaction to the ledger and tells the subscribers. */
  record(record: TxRecord, changed: ChangedAccount[]): void {
    this.history.add(record);
    this.dirty = true;
    for (const l of this.listeners) l.onTransaction?.(record, changed);
  }

  private applyClock(nowMs: number): void {
    const c = clockFor(this.time, this.currentSlot, nowMs);
    this.svm.setClock(
      new Clock(BigInt(c.slot), BigInt(c.epochStartTimestamp), BigInt(c.epoch), BigInt(c.leaderScheduleEpoch), BigInt(c.unixTimestamp)),
    );
  }
}
