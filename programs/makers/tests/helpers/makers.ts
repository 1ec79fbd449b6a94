/**
 * Makers fixtures on top of `programs/test-support`: a VM with the makers
 * program, a 9-decimal mint under each token set-up, the config initialised
 * with a reporter, and shortcuts that send the generated client's
 * instructions (kit signers throughout).
 */
import { type Address, type Instruction, type KeyPairSigner } from '@solana/kit';
import { ExtensionType, getAccountLen } from '@solana/spl-token';
import type { LiteSVM } from 'litesvm';
import {
  type ConfigUpdateArgs,
  type FillArgs,
  findAssociatedTokenAddress,
  findMakerPda,
  FundTarget,
  getAddBondInstructionAsync,
  getClaimInstructionAsync,
  getFundInstructionAsync,
  getInitializeInstructionAsync,
  getRecordFillsInstruction,
  getRegisterInstructionAsync,
  getRequestUnbondInstructionAsync,
  getRolloverInstructionAsync,
  getSlashInstructionAsync,
  getUpdateConfigInstruction,
  getUpdatePerformanceInstruction,
  getWithdrawBondInstructionAsync,
  type Maker,
  type MakersAddresses,
  makersAddresses,
  MAKERS_PROGRAM_ADDRESS,
  type MakersConfig,
  readMaker,
  readMakersConfig,
} from '@/lib/programs/makers';
import {
  createMint,
  createSvm,
  createTokenAccount,
  expectFailure,
  expectSuccess,
  fundedSigner,
  mintTokens,
  mustReadAccount,
  readAccount,
  send,
  type TokenProgram,
  tokenBalance,
  tokenProgramAddress,
  type TxFailure,
  type TxResult,
  type TxSuccess,
} from '@/programs/test-support';
import { MAKERS_ERRORS } from '@/lib/programs/makers';

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

export const START_TS = 1_750_000_000n;
export const DAY = 86_400n;
export const TOKEN = 1_000_000_000n;

export interface Env {
  svm: LiteSVM;
  token: TokenConfig;
  /** Payer of initialize: the authority. */
  admin: KeyPairSigner;
  reporter: KeyPairSigner;
  minter: KeyPairSigner;
  mint: Address;
  tokenProgram: Address;
  addrs: MakersAddresses;
  /** Size of a token account of this mint. */
  accountSpace: number;
  /** Next record_fills sequence `recordFills` uses. */
  sequence: bigint;
}

/** A VM with the makers program, a 9-decimal mint and (by default) the config initialised. */
export async function makersEnv(token: TokenConfig = SPL, options: { initialize?: boolean; svm?: LiteSVM } = {}): Promise<Env> {
  const svm = options.svm ?? createSvm(['makers']);
  setTime(svm, START_TS);
  const admin = await fundedSigner(svm, 100n);
  const reporter = await fundedSigner(svm);
  const minter = await fundedSigner(svm);
  const mint = await createMint(svm, admin, { program: token.program, decimals: 9, mintAuthority: minter.address, transferFeeBasisPoints: token.transferFeeBasisPoints });
  const accountSpace = token.transferFeeBasisPoints === undefined ? 165 : getAccountLen([ExtensionType.TransferFeeAmount]);
  const env: Env = {
    svm,
    token,
    admin,
    reporter,
    minter,
    mint,
    tokenProgram: tokenProgramAddress(token.program),
    addrs: await makersAddresses(mint),
    accountSpace,
    sequence: 1n,
  };
  if (options.initialize ?? true) ok(await sendTx(env, admin, [await initializeIx(env)]));
  return env;
}

export function initializeIx(env: Env, payer: KeyPairSigner = env.admin): Promise<Instruction> {
  return getInitializeInstructionAsync({ payer, mint: env.mint, tokenProgram: env.tokenProgram, reporter: env.reporter.address });
}

// ------------------------------------------------------------------ sending

export function sendTx(env: Env, payer: KeyPairSigner, instructions: Instruction[]): Promise<TxResult> {
  return send(env.svm, payer, instructions);
}

export const ok = (result: TxResult): TxSuccess => expectSuccess(result);

/**
 * Asserts a makers error by name (`Custom(code)` raised by the makers program
 * itself). Plain throws, no vitest: the benches import these helpers too.
 */
export function expectMakersError(result: TxResult, name: string): TxFailure {
  const failure = expectFailure(result);
  const entry = failure.customCode === null ? undefined : MAKERS_ERRORS[failure.customCode];
  const got = entry?.name ?? failure.error;
  const raisedHere = failure.logs.some((l) => l.startsWith(`Program ${MAKERS_PROGRAM_ADDRESS} failed`));
  if (got !== name || !raisedHere) throw new Error(`expected makers ${name}, got ${got}${raisedHere ? '' : ' (not raised by makers)'}\n${failure.logs.join('\n')}`);
  return failure;
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
export async function tokenAccount(env: Env, owner: Address, amount = 0n): Promise<Address> {
  const account = await createTokenAccount(env.svm, env.admin, { mint: env.mint, owner, program: env.token.program, space: env.accountSpace });
  if (amount > 0n) await mintTokens(env.svm, env.admin, { mint: env.mint, destination: account, authority: env.minter, amount, program: env.token.program });
  return account;
}

export const balance = (env: Env, account: Address): bigint => tokenBalance(env.svm, account);

/** What arrives when `amount` is sent (Token-2022 fee: ceil(amount × bps / 10_000), uncapped here). */
export function afterFee(env: Env, amount: bigint): bigint {
  const bps = BigInt(env.token.transferFeeBasisPoints ?? 0);
  return amount - (amount * bps + 9_999n) / 10_000n;
}

// ------------------------------------------------------------------ accounts

export const readConfig = (env: Env): MakersConfig => readMakersConfig(mustReadAccount(env.svm, env.addrs.config).data);
export const readMakerAt = (env: Env, maker: Address): Maker => readMaker(mustReadAccount(env.svm, maker).data);
export const exists = (env: Env, address: Address): boolean => readAccount(env.svm, address) !== null;

// ------------------------------------------------------------------ shortcuts

/** A funded wallet with a token account holding `tokens` whole tokens, and its maker address. */
export interface MakerWallet {
  signer: KeyPairSigner;
  address: Address;
  token: Address;
  maker: Address;
}

export async function makerWallet(env: Env, tokens = 100_000n): Promise<MakerWallet> {
  const signer = await fundedSigner(env.svm);
  const [maker] = await findMakerPda(env.addrs.config, signer.address);
  return { signer, address: signer.address, token: await tokenAccount(env, signer.address, tokens * TOKEN), maker };
}

export function registerIx(env: Env, w: MakerWallet, bond = 0n): Promise<Instruction> {
  return bond === 0n
    ? getRegisterInstructionAsync({ wallet: w.signer, config: env.addrs.config, bond })
    : getRegisterInstructionAsync({
        wallet: w.signer,
        config: env.addrs.config,
        walletToken: w.token,
        bondVault: env.addrs.bondVault,
        mint: env.mint,
        tokenProgram: env.tokenProgram,
        bond,
      });
}

/** A registered maker (bonding `bond`). */
export async function registeredMaker(env: Env, bond = 0n, tokens = 100_000n): Promise<MakerWallet> {
  const w = await makerWallet(env, tokens);
  ok(await sendTx(env, w.signer, [await registerIx(env, w, bond)]));
  return w;
}

export function addBondIx(env: Env, w: MakerWallet, amount: bigint): Promise<Instruction> {
  return getAddBondInstructionAsync({ wallet: w.signer, config: env.addrs.config, walletToken: w.token, mint: env.mint, tokenProgram: env.tokenProgram, amount });
}

export function requestUnbondIx(env: Env, w: MakerWallet, amount: bigint): Promise<Instruction> {
  return getRequestUnbondInstructionAsync({ wallet: w.signer, config: env.addrs.config, amount });
}

export function withdrawBondIx(env: Env, w: MakerWallet, destination: Address = w.token): Promise<Instruction> {
  return getWithdrawBondInstructionAsync({ wallet: w.signer, config: env.addrs.config, destination, mint: env.mint, tokenProgram: env.tokenProgram });
}

export function claimIx(env: Env, w: MakerWallet, destination: Address = w.token): Promise<Instruction> {
  return getClaimInstructionAsync({ wallet: w.signer, config: env.addrs.config, destination, mint: env.mint, tokenProgram: env.tokenProgram });
}

/** The wallet's associated token account (claim creates it when missing). */
export const ataOf = (env: Env, w: MakerWallet): Promise<Address> => findAssociatedTokenAddress(w.address, env.mint, env.tokenProgram);

export function fundIx(env: Env, funder: KeyPairSigner, source: Address, amount: bigint, target = FundTarget.CurrentSeason): Promise<Instruction> {
  return getFundInstructionAsync({ funder, config: env.addrs.config, funderToken: source, mint: env.mint, tokenProgram: env.tokenProgram, amount, target });
}

/** The admin funds the current season (or the next) with `amount` (minted to it first); returns what the vault received. */
export async function fund(env: Env, amount: bigint, target = FundTarget.CurrentSeason): Promise<bigint> {
  const source = await tokenAccount(env, env.admin.address, amount);
  ok(await sendTx(env, env.admin, [await fundIx(env, env.admin, source, amount, target)]));
  return afterFee(env, amount);
}

/** A record_fills instruction with the next sequence (or `sequence`). */
export function recordFillsIx(env: Env, fills: FillArgs[], makers: Address[], sequence?: bigint): Instruction {
  const seq = sequence ?? env.sequence++;
  return getRecordFillsInstruction({ reporter: env.reporter, config: env.addrs.config, sequence: seq, fills, makers });
}

/** Records `fills` (must succeed). */
export async function recordFills(env: Env, fills: FillArgs[], makers: Address[]): Promise<TxSuccess> {
  return ok(await sendTx(env, env.reporter, [recordFillsIx(env, fills, makers)]));
}

/** A fill of maker index `maker` (default: 1,000 tokens at 5 bp, calm market). */
export const fill = (maker = 0, over: Partial<FillArgs> = {}): FillArgs => ({ notional: 1_000n * TOKEN, improvementBps: 5, volatilityBps: 0, maker, ...over });

export function rolloverIx(env: Env, treasury?: Address): Promise<Instruction> {
  return getRolloverInstructionAsync({ config: env.addrs.config, mint: env.mint, tokenProgram: env.tokenProgram, treasury });
}

export function slashIx(env: Env, maker: Address): Promise<Instruction> {
  return getSlashInstructionAsync({ config: env.addrs.config, maker, mint: env.mint, tokenProgram: env.tokenProgram });
}

export function updatePerformanceIx(env: Env, maker: Address, period: number, over: Partial<{ executionVolume: bigint; spreadEfficiencyBps: number; orderFlowBps: number }> = {}): Instruction {
  return getUpdatePerformanceInstruction({
    reporter: env.reporter,
    config: env.addrs.config,
    maker,
    executionVolume: over.executionVolume ?? 5_000n * TOKEN,
    spreadEfficiencyBps: over.spreadEfficiencyBps ?? 9_000,
    orderFlowBps: over.orderFlowBps ?? 4_000,
    period,
  });
}

export function updateConfigIx(env: Env, update: ConfigUpdateArgs, treasury?: Address, authority: KeyPairSigner = env.admin): Instruction {
  return getUpdateConfigInstruction({ authority, config: env.addrs.config, update, treasury });
}

/** `update_config` by the admin (must succeed). */
export async function updateConfig(env: Env, update: ConfigUpdateArgs, treasury?: Address): Promise<TxSuccess> {
  return ok(await sendTx(env, env.admin, [updateConfigIx(env, update, treasury)]));
}
