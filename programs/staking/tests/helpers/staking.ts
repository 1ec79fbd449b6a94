/**
 * Staking fixtures on top of `programs/test-support`: a VM with the staking
 * program, a 9-decimal mint under each token set-up, wallets with web3.js
 * keypairs (the client's builders are web3.js) and kit signers (the shared
 * token fixtures are kit), and shortcuts that send the client's instructions.
 */
import { type Address, address, createKeyPairSignerFromBytes, type KeyPairSigner, lamports } from '@solana/kit';
import { ExtensionType, getAccountLen } from '@solana/spl-token';
import { Keypair, PublicKey, SystemProgram, type TransactionInstruction } from '@solana/web3.js';
import type { LiteSVM } from 'litesvm';
import {
  getAcceptAuthorityInstruction,
  getCompoundInstruction,
  getLockForVoteInstruction,
  getRefreshInstruction,
  getSetAutoCompoundInstruction,
  type ConfigUpdate,
  getClaimInstruction,
  getDepositRewardsInstruction,
  getFundStreamInstruction,
  getUnstakeInstruction,
  getUpdateConfigInstruction,
  decodeConfig,
  decodePosition,
  decodePositionView,
  decodeStaker,
  findPositionPda,
  findStakerPda,
  getInitializeInstructions,
  getStakeInstruction,
  type PositionView,
  type StakePosition,
  type Staker,
  type StakingAddresses,
  type StakingConfig,
  stakingAddresses,
  getViewPositionInstruction,
  getScheduleUpkeepInstructions,
  decodeSchedule,
  extendsNeeded,
  SCHEDULE_RING_END,
  CONFIG_LEN,
  StakingInstruction,
  TOKEN,
} from '@/lib/programs/staking';
import {
  createMint,
  createSvm,
  createTokenAccount,
  expectSuccess,
  LAMPORTS_PER_SOL,
  mintTokens,
  mustReadAccount,
  plantAccount,
  readAccount,
  type TokenProgram,
  tokenBalance,
  tokenProgramAddress,
  type TxResult,
  type TxSuccess,
} from '@/programs/test-support';
import { sendWeb3, simulateWeb3 } from '@/programs/test-support/web3';

export interface TokenConfig {
  name: string;
  program: TokenProgram;
  /** Token-2022 only: a TransferFeeConfig extension with this fee (basis points). */
  transferFeeBasisPoints?: number;
}

/** The token set-ups every token-moving instruction is tested with. */
export const TOKEN_CONFIGS: TokenConfig[] = [
  { name: 'SPL Token', program: 'token' },
  { name: 'Token-2022', program: 'token-2022' },
  { name: 'Token-2022 with a 1% transfer fee', program: 'token-2022', transferFeeBasisPoints: 100 },
];
export const SPL: TokenConfig = TOKEN_CONFIGS[0]!;

/** Start time of every VM: 2025-06-15 (far from 0 so "never set" timestamps stand out). */
export const START_TS = 1_750_000_000n;
export const DAY = 86_400n;
/** Day boundaries one staking instruction walks before it asks for `sync` (schedule.rs MAX_SETTLE_DAYS). */
export const MAX_SETTLE_DAYS = 8n;

export interface Wallet {
  kp: Keypair;
  signer: KeyPairSigner;
  pubkey: PublicKey;
  address: Address;
}

export async function newWallet(svm: LiteSVM, sol = 10n): Promise<Wallet> {
  const kp = Keypair.generate();
  const signer = await createKeyPairSignerFromBytes(kp.secretKey);
  svm.airdrop(signer.address, lamports(sol * LAMPORTS_PER_SOL));
  return { kp, signer, pubkey: kp.publicKey, address: signer.address };
}

export interface Env {
  svm: LiteSVM;
  token: TokenConfig;
  /** Payer of initialize: the config's authority and vote authority. */
  admin: Wallet;
  /** Mint authority (mints test balances). */
  minter: Wallet;
  mint: PublicKey;
  tokenProgram: PublicKey;
  addrs: StakingAddresses;
  /** Size of a token account of this mint. */
  accountSpace: number;
}

export const toAddress = (k: PublicKey): Address => address(k.toBase58());

/**
 * A VM with the staking program, a 9-decimal mint and (by default) the config
 * initialised. `svm`: use this VM (it must have the staking program) instead of a new one.
 */
export async function stakingEnv(token: TokenConfig = SPL, options: { initialize?: boolean; svm?: LiteSVM } = {}): Promise<Env> {
  const svm = options.svm ?? createSvm(['staking']);
  setTime(svm, START_TS);
  const admin = await newWallet(svm, 100n);
  const minter = await newWallet(svm);
  const mintAddress = await createMint(svm, admin.signer, {
    program: token.program,
    decimals: 9,
    mintAuthority: minter.address,
    transferFeeBasisPoints: token.transferFeeBasisPoints,
  });
  const mint = new PublicKey(mintAddress);
  const tokenProgram = new PublicKey(tokenProgramAddress(token.program));
  const accountSpace = token.transferFeeBasisPoints === undefined ? 165 : getAccountLen([ExtensionType.TransferFeeAmount]);
  const env: Env = { svm, token, admin, minter, mint, tokenProgram, addrs: stakingAddresses(mint), accountSpace };
  if (options.initialize ?? true) {
    ok(send(env, admin, getInitializeInstructions({ payer: admin.pubkey, mint, tokenProgram })));
  }
  return env;
}

// ------------------------------------------------------------------ sending

/**
 * Sends like the portal (`lib/staking/actions/shared.ts` `syncFirst`) where it
 * matters: when the transaction calls staking and the schedule is more than 8
 * day boundaries behind (more than an instruction walks itself), a staking
 * `sync` goes first, in a transaction of its own so the tested one keeps its
 * own accounts and events. (The walk stops at the same boundaries either way.)
 * A test's long time warp then does not fail with `SyncRequired`; `sendRaw`
 * sends exactly the instructions given.
 */
export function send(env: Env, payer: Wallet, instructions: TransactionInstruction[], signers: (Wallet | Keypair)[] = []): TxResult {
  const staking = instructions.filter((ix) => ix.programId.equals(env.addrs.programId));
  const syncs = staking.some((ix) => ix.data[0] === StakingInstruction.Sync);
  if (staking.length !== 0 && !syncs && syncDue(env)) {
    syncNow(env);
  }
  return sendRaw(env, payer, instructions, signers);
}

export function sendRaw(env: Env, payer: Wallet, instructions: TransactionInstruction[], signers: (Wallet | Keypair)[] = []): TxResult {
  return sendWeb3(env.svm, payer.kp, instructions, signers.map((w) => ('kp' in w ? w.kp : w)));
}

/**
 * Brings the schedule to today: `extend_schedule` first when its history has
 * no room for the days to cross, then `sync` (each call walks up to 200
 * days). Paid by the mint authority, so a tested payer's balance is only its
 * own transactions'.
 */
export function syncNow(env: Env): void {
  for (const ix of syncInstructions(env)) expectSuccess(sendRaw(env, env.minter, [ix]));
}

/** The `extend_schedule` and `sync` calls that bring the schedule to today (paid by the minter). */
function syncInstructions(env: Env): TransactionInstruction[] {
  const schedule = decodeSchedule(mustReadAccount(env.svm, toAddress(env.addrs.schedule)).data);
  return getScheduleUpkeepInstructions({ mint: env.mint, payer: env.minter.pubkey, schedule, day: now(env.svm) / DAY });
}

/**
 * Whether the config and its full schedule exist and the schedule is more than
 * the 8 boundaries behind today that an instruction walks itself (so tests
 * within 8 days exercise the instructions' own walk), or its history has no
 * room for the boundaries to today (the walk would fail with `ScheduleFull`;
 * the keeper extends 30 days ahead, a test that warps past the room must too).
 */
function syncDue(env: Env): boolean {
  // The config first (640 bytes): the schedule (tens of KB) only when a walk is due.
  const config = readAccount(env.svm, toAddress(env.addrs.config));
  // Not a config yet (initialize's tests send lamports to its address first).
  if (config === null || config.data.length !== CONFIG_LEN) return false;
  const today = now(env.svm) / DAY;
  const syncedDay = BigInt(decodeConfig(config.data).syncedDay);
  if (syncedDay >= today) return false;
  const schedule = env.svm.getAccount(toAddress(env.addrs.schedule));
  if (!schedule.exists || schedule.data.length < SCHEDULE_RING_END) return false;
  return syncedDay + MAX_SETTLE_DAYS < today || extendsNeeded(decodeSchedule(schedule.data), today) > 0;
}

/** Sends lamports to any address (e.g. a PDA before it is created). */
export function airdrop(env: Env, to: PublicKey, amount: bigint): void {
  env.svm.airdrop(toAddress(to), lamports(amount));
}

export function ok(result: TxResult): TxSuccess {
  return expectSuccess(result);
}

// ------------------------------------------------------------------ time

export function now(svm: LiteSVM): bigint {
  return svm.getClock().unixTimestamp;
}

export function setTime(svm: LiteSVM, ts: bigint): void {
  const clock = svm.getClock();
  clock.unixTimestamp = ts;
  clock.slot = clock.slot + 1n;
  svm.setClock(clock);
}

export function warp(svm: LiteSVM, secs: bigint): void {
  setTime(svm, now(svm) + secs);
}

// ------------------------------------------------------------------ tokens

/** A token account of `owner` holding `amount` (minted). */
export async function tokenAccount(env: Env, owner: PublicKey, amount = 0n): Promise<PublicKey> {
  const account = await createTokenAccount(env.svm, env.admin.signer, {
    mint: toAddress(env.mint),
    owner: toAddress(owner),
    program: env.token.program,
    space: env.accountSpace,
  });
  if (amount > 0n) {
    await mintTokens(env.svm, env.admin.signer, {
      mint: toAddress(env.mint),
      destination: account,
      authority: env.minter.signer,
      amount,
      program: env.token.program,
    });
  }
  return new PublicKey(account);
}

export function balance(env: Env, account: PublicKey): bigint {
  return tokenBalance(env.svm, toAddress(account));
}

/** What arrives when `amount` is sent (Token-2022 fee: ceil(amount × bps / 10_000), uncapped here). */
export function afterFee(env: Env, amount: bigint): bigint {
  const bps = BigInt(env.token.transferFeeBasisPoints ?? 0);
  const fee = (amount * bps + 9_999n) / 10_000n;
  return amount - fee;
}

/** A funded wallet with a token account holding `tokens` whole tokens. */
export interface StakerWallet extends Wallet {
  token: PublicKey;
}

export async function stakerWallet(env: Env, tokens = 10_000n): Promise<StakerWallet> {
  const w = await newWallet(env.svm);
  return { ...w, token: await tokenAccount(env, w.pubkey, tokens * TOKEN) };
}

// ------------------------------------------------------------------ accounts

export function readConfig(env: Env): StakingConfig {
  const a = readAccount(env.svm, toAddress(env.addrs.config));
  if (!a) throw new Error('config missing');
  return decodeConfig(a.data);
}

export function readPosition(env: Env, position: PublicKey): StakePosition {
  const a = readAccount(env.svm, toAddress(position));
  if (!a) throw new Error(`position ${position.toBase58()} missing`);
  return decodePosition(a.data);
}

export function positionExists(env: Env, position: PublicKey): boolean {
  return readAccount(env.svm, toAddress(position)) !== null;
}

export function readStaker(env: Env, owner: PublicKey): Staker | null {
  const a = readAccount(env.svm, toAddress(findStakerPda(env.addrs.config, owner)[0]));
  return a ? decodeStaker(a.data) : null;
}

export function nextPositionId(env: Env, owner: PublicKey): number {
  return readStaker(env, owner)?.nextPositionId ?? 0;
}

export function positionAddress(env: Env, owner: PublicKey, id: number): PublicKey {
  return findPositionPda(env.addrs.config, owner, id)[0];
}

// ------------------------------------------------------------------ shortcuts

export function stakeIx(env: Env, wallet: StakerWallet, tier: number, amount: bigint): TransactionInstruction {
  return getStakeInstruction({
    owner: wallet.pubkey,
    ownerToken: wallet.token,
    mint: env.mint,
    tokenProgram: env.tokenProgram,
    tier,
    amount,
    positionId: nextPositionId(env, wallet.pubkey),
  });
}

/** Stakes and returns the new position's address. */
export function stake(env: Env, wallet: StakerWallet, tier: number, amount: bigint): PublicKey {
  const id = nextPositionId(env, wallet.pubkey);
  ok(send(env, wallet, [stakeIx(env, wallet, tier, amount)]));
  return positionAddress(env, wallet.pubkey, id);
}

/** `view_position` through simulation (after the simulated extends and syncs `syncNow` would send, when `send` would). */
export function view(env: Env, position: PublicKey): PositionView {
  const sync = syncDue(env) ? syncInstructions(env) : [];
  const result = ok(
    sendWeb3Simulated(env, [...sync, getViewPositionInstruction({ mint: env.mint, position })]),
  );
  return decodePositionView(result.returnData);
}

function sendWeb3Simulated(env: Env, instructions: TransactionInstruction[]): TxResult {
  // The minter pays any simulated extend_schedule (`syncInstructions`).
  return simulateWeb3(env.svm, env.admin.kp, instructions, [env.minter.kp]);
}

/** `update_config` signed by the admin (must succeed). */
export function updateConfig(env: Env, update: ConfigUpdate): TxSuccess {
  return ok(send(env, env.admin, [getUpdateConfigInstruction({ authority: env.admin.pubkey, mint: env.mint, update })]));
}

/** `to` accepts the `which` authority proposed to it (`updateConfig` first). */
export function acceptAuthority(env: Env, which: 'authority' | 'voteAuthority', to: Wallet): TxSuccess {
  return ok(send(env, to, [getAcceptAuthorityInstruction({ pending: to.pubkey, which, mint: env.mint })]));
}

/** A funded depositor token account of the admin (minted on demand). */
export async function adminTokens(env: Env, amount: bigint): Promise<PublicKey> {
  return tokenAccount(env, env.admin.pubkey, amount);
}

/** `deposit_rewards` of `amount` by the admin; returns the transaction. */
export async function deposit(env: Env, amount: bigint): Promise<TxSuccess> {
  const source = await adminTokens(env, amount);
  return ok(
    send(env, env.admin, [
      getDepositRewardsInstruction({ depositor: env.admin.pubkey, depositorToken: source, mint: env.mint, tokenProgram: env.tokenProgram, amount }),
    ]),
  );
}

/** `fund_stream` by the admin. */
export async function fundStream(env: Env, amount: bigint, durationSecs: bigint): Promise<TxSuccess> {
  const source = await adminTokens(env, amount);
  return ok(
    send(env, env.admin, [
      getFundStreamInstruction({
        authority: env.admin.pubkey,
        authorityToken: source,
        mint: env.mint,
        tokenProgram: env.tokenProgram,
        amount,
        durationSecs,
      }),
    ]),
  );
}

export function claimIx(env: Env, wallet: StakerWallet, position: PublicKey): TransactionInstruction {
  return getClaimInstruction({ owner: wallet.pubkey, position, destination: wallet.token, mint: env.mint, tokenProgram: env.tokenProgram });
}

export function unstakeIx(env: Env, wallet: StakerWallet, position: PublicKey, amount: bigint): TransactionInstruction {
  const config = readConfig(env);
  return getUnstakeInstruction({
    owner: wallet.pubkey,
    ownerToken: wallet.token,
    position,
    mint: env.mint,
    tokenProgram: env.tokenProgram,
    amount,
    penaltyDestination: config.penaltyDestination,
    treasury: config.treasury,
  });
}

/** `lock_for_vote` by the admin (the initial vote authority); `withStaker` false leaves out the optional staker record. */
export function voteLock(env: Env, position: PublicKey, until: bigint, withStaker = true): TxSuccess {
  const owner = withStaker ? readPosition(env, position).owner : undefined;
  return ok(send(env, env.admin, [getLockForVoteInstruction({ voteAuthority: env.admin.pubkey, position, owner, mint: env.mint, until })]));
}

/** `refresh` of `positions` (their owners read from the accounts), sent by `payer`. */
export function refreshIx(env: Env, positions: PublicKey[]): TransactionInstruction {
  return getRefreshInstruction({ mint: env.mint, positions: positions.map((position) => ({ position, owner: readPosition(env, position).owner })) });
}

export function compoundIx(env: Env, wallet: Wallet, position: PublicKey): TransactionInstruction {
  return getCompoundInstruction({ owner: wallet.pubkey, position, mint: env.mint, tokenProgram: env.tokenProgram });
}

export function setAutoCompound(env: Env, wallet: Wallet, position: PublicKey, enabled: boolean): TxSuccess {
  return ok(send(env, wallet, [getSetAutoCompoundInstruction({ owner: wallet.pubkey, position, mint: env.mint, enabled })]));
}

/** A copy of the config's bytes at a fresh address owned by the System Program (a forged config). */
export function forgedConfig(env: Env): PublicKey {
  const fake = Keypair.generate().publicKey;
  plantAccount(env.svm, toAddress(fake), {
    owner: toAddress(SystemProgram.programId),
    data: mustReadAccount(env.svm, toAddress(env.addrs.config)).data,
  });
  return fake;
}
