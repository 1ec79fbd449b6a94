/**
 * The simulated effect of a proposal's actions against the chain now: each
 * remaining action is run (with the actions before it) in `simulateTransaction`
 * without signature checks, so the governance authority PDA counts as the
 * signer it will be inside `execute`. The accounts the actions write are read
 * before and returned after each run, and the difference, decoded (staking
 * config, governance config, token balances, SOL), is that action's effect.
 * A failing action reports the program's error in words, as `execute` would.
 */
import { unpackAccount } from '@solana/spl-token';
import {
  type AccountInfo,
  ComputeBudgetProgram,
  type Connection,
  PublicKey,
  type TransactionInstruction,
  TransactionMessage,
  VersionedTransaction,
} from '@solana/web3.js';
import { decodeTransactionError } from '@/lib/errors/decode';
import type { KeelError } from '@/lib/errors/keel-error';
import { CONFIG_LEN as GOVERNANCE_CONFIG_LEN, decodeGovernanceConfig, type GovernanceAddresses } from '@/lib/programs/governance';
import { CONFIG_LEN as MAKERS_CONFIG_LEN, readMakersConfig } from '@/lib/programs/makers/state';
import { MAKERS_PROGRAM_ID } from '@/lib/programs/makers/web3';
import { CONFIG_LEN as STAKING_CONFIG_LEN, decodeConfig } from '@/lib/programs/staking/accounts';
import { formatTokenAmount } from '@/lib/staking/format';
import { tokenProgramKind } from '@/lib/token/token-programs';
import { type EffectLine, governanceConfigEffects, makersConfigEffects, stakingConfigEffects, tokenBalanceEffect } from './effects';

export interface ActionEffect {
  /** The action's index on the proposal (or its position in a draft). */
  index: number;
  status: 'ok' | 'failed' | 'not-run';
  lines: EffectLine[];
  error: KeelError | null;
  logs: string[];
}

export interface SimulatedEffects {
  actions: ActionEffect[];
  /** Chain slot the simulation ran against. */
  slot: number | null;
}

export interface SimulateActionsInput {
  connection: Connection;
  /** An existing account with SOL (the wallet, or the proposer): pays the simulated fee. */
  payer: PublicKey;
  addresses: GovernanceAddresses;
  /** The remaining actions, in execution order. */
  actions: readonly { index: number; instruction: TransactionInstruction }[];
  /** Run first, outside any action (a draft's setup, e.g. the recipient's token account). */
  setup?: readonly TransactionInstruction[];
  decimals?: number;
  /** Labels for known accounts (base58 → "Treasury"). */
  names?: Record<string, string>;
  /** The makers program of the cluster (its config's changes are decoded); default the localnet id. */
  makersProgramId?: PublicKey;
}

type Snapshot = Map<string, AccountInfo<Buffer> | null>;

const MAX_WATCHED = 24;

function watchedAccounts(input: SimulateActionsInput): PublicKey[] {
  const seen = new Map<string, PublicKey>();
  for (const { instruction } of input.actions) {
    for (const k of instruction.keys) if (k.isWritable && !k.pubkey.equals(input.payer)) seen.set(k.pubkey.toBase58(), k.pubkey);
  }
  for (const ix of input.setup ?? []) for (const k of ix.keys) if (k.isWritable && !k.pubkey.equals(input.payer)) seen.set(k.pubkey.toBase58(), k.pubkey);
  return [...seen.values()].slice(0, MAX_WATCHED);
}

function fromSimulated(a: { owner: string; lamports: number; data: string[]; executable: boolean } | null): AccountInfo<Buffer> | null {
  if (!a) return null;
  return { owner: new PublicKey(a.owner), lamports: a.lamports, executable: a.executable, data: Buffer.from(a.data[0] ?? '', 'base64') };
}

function shortKey(b58: string) {
  return `${b58.slice(0, 4)}…${b58.slice(-4)}`;
}

/** The lines describing how one account changed between two snapshots. */
export function accountEffects(
  address: PublicKey,
  before: AccountInfo<Buffer> | null,
  after: AccountInfo<Buffer> | null,
  ctx: { addresses: GovernanceAddresses; decimals: number; names: Record<string, string>; makersProgramId?: PublicKey },
): EffectLine[] {
  const b58 = address.toBase58();
  const info = after ?? before;
  if (!info) return [];
  try {
    if (info.owner.equals(ctx.addresses.stakingProgramId) && info.data.length === STAKING_CONFIG_LEN && before && after) {
      return stakingConfigEffects(decodeConfig(before.data), decodeConfig(after.data), ctx.names);
    }
    if (info.owner.equals(ctx.addresses.programId) && info.data.length === GOVERNANCE_CONFIG_LEN && before && after) {
      return governanceConfigEffects(decodeGovernanceConfig(before.data), decodeGovernanceConfig(after.data), ctx.decimals);
    }
    if (info.owner.equals(ctx.makersProgramId ?? MAKERS_PROGRAM_ID) && info.data.length === MAKERS_CONFIG_LEN && before && after) {
      return makersConfigEffects(readMakersConfig(before.data), readMakersConfig(after.data), ctx.names);
    }
    if (tokenProgramKind(info.owner)) {
      const read = (a: AccountInfo<Buffer> | null) => (a && a.data.length > 0 ? unpackAccount(address, a, a.owner) : null);
      const [pre, post] = [read(before), read(after)];
      const account = post ?? pre;
      if (account) {
        const owner = account.owner.toBase58();
        const label =
          ctx.names[b58] ?? (account.owner.equals(ctx.addresses.authority) ? 'Treasury' : `KEEL of ${ctx.names[owner] ?? shortKey(owner)}`);
        const decimals = account.mint.equals(ctx.addresses.mint) ? ctx.decimals : 0;
        const line = tokenBalanceEffect(label, pre?.amount ?? null, post?.amount ?? null, decimals);
        return line ? [line] : [];
      }
    }
  } catch {
    // An account that does not decode as expected: fall back to SOL.
  }
  const lamports = (a: AccountInfo<Buffer> | null) => (a ? `${formatTokenAmount(BigInt(a.lamports), { decimals: 9, maxFractionDigits: 9 })} SOL` : 'no account');
  const [pre, post] = [lamports(before), lamports(after)];
  return pre === post ? [] : [{ label: `SOL of ${ctx.names[b58] ?? shortKey(b58)}`, before: pre, after: post }];
}

/**
 * Simulates the actions one prefix at a time (actions 0..k for each k) and
 * returns each action's own effect. Never throws for a failing action; throws
 * only when the chain cannot be reached.
 */
export async function simulateActions(input: SimulateActionsInput): Promise<SimulatedEffects> {
  const { connection, payer, addresses } = input;
  const decimals = input.decimals ?? 9;
  const names = { [addresses.treasury.toBase58()]: 'Treasury', ...input.names };
  const watched = watchedAccounts(input);
  const before: Snapshot = new Map();
  const infos = await connection.getMultipleAccountsInfo(watched, 'confirmed');
  watched.forEach((k, i) => before.set(k.toBase58(), infos[i] ?? null));
  const { blockhash } = await connection.getLatestBlockhash('confirmed');
  const setup = [...(input.setup ?? [])];
  const budget = ComputeBudgetProgram.setComputeUnitLimit({ units: 1_400_000 });
  let slot: number | null = null;

  const runs = await Promise.all(
    input.actions.map(async (_, k) => {
      const instructions = [budget, ...setup, ...input.actions.slice(0, k + 1).map((a) => a.instruction)];
      const programIds = instructions.map((ix) => ix.programId);
      let tx: VersionedTransaction;
      try {
        tx = new VersionedTransaction(new TransactionMessage({ payerKey: payer, recentBlockhash: blockhash, instructions }).compileToV0Message());
        tx.serialize();
      } catch {
        return { tooLarge: true as const };
      }
      const result = await connection.simulateTransaction(tx, {
        sigVerify: false,
        replaceRecentBlockhash: true,
        commitment: 'confirmed',
        accounts: { encoding: 'base64', addresses: watched.map((w) => w.toBase58()) },
      });
      slot = result.context.slot;
      const after: Snapshot = new Map();
      result.value.accounts?.forEach((a, i) => after.set(watched[i]!.toBase58(), fromSimulated(a)));
      const logs = result.value.logs ?? [];
      return { tooLarge: false as const, err: result.value.err, logs, after, programIds, setupCount: setup.length };
    }),
  );

  const actions: ActionEffect[] = [];
  let previous: Snapshot = before;
  let failed = false;
  input.actions.forEach((action, k) => {
    const run = runs[k]!;
    if (failed || run.tooLarge) {
      actions.push({ index: action.index, status: 'not-run', lines: [], error: null, logs: [] });
      failed = true;
      return;
    }
    if (run.err) {
      const error = decodeTransactionError(run.err, { programIds: run.programIds, logs: run.logs });
      actions.push({ index: action.index, status: 'failed', lines: [], error, logs: run.logs });
      failed = true;
      return;
    }
    const lines = watched.flatMap((key) =>
      accountEffects(key, previous.get(key.toBase58()) ?? null, run.after.get(key.toBase58()) ?? null, { addresses, decimals, names, makersProgramId: input.makersProgramId }),
    );
    actions.push({ index: action.index, status: 'ok', lines, error: null, logs: run.logs });
    previous = run.after;
  });
  return { actions, slot };
}
