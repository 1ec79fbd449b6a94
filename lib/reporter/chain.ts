/**
 * What the reporter needs from a chain, behind one small interface so the
 * same pass runs over JSON-RPC (`rpcReporterChain`, in `send.ts`: retries,
 * confirmation) and inside the local chain's process at genesis
 * (`targetReporterChain`, the demo seed): read accounts, send one
 * transaction signed and paid by the reporter. Plus the reads every pass
 * makes: the config, which makers exist, the chain's clock.
 */
import { type PublicKey, SYSVAR_CLOCK_PUBKEY, type TransactionInstruction } from '@solana/web3.js';
import { type KeelError, toKeelError } from '@/lib/errors';
import { type MakersConfig, readMakersConfig } from '@/lib/programs/makers';
import type { Web3Target } from '@/lib/token/web3-target';

export type SendOutcome =
  | { ok: true; signature: string; attempts: number; note?: string }
  | { ok: false; error: KeelError; attempts: number };

export interface ReporterChain {
  /** Account data by address, null when missing (one call for many). */
  read(addresses: readonly PublicKey[]): Promise<(Uint8Array | null)[]>;
  /** Sends one transaction signed and paid by the reporter; never throws. */
  send(instructions: TransactionInstruction[]): Promise<SendOutcome>;
  /** Wallets of every maker account of `config` (null: this chain cannot list them). */
  listMakers?(config: PublicKey, programId: PublicKey): Promise<PublicKey[]>;
}

/** Reads the config; null when the mint has no makers config. */
export async function readConfig(chain: ReporterChain, config: PublicKey): Promise<MakersConfig | null> {
  const [data] = await chain.read([config]);
  return data ? readMakersConfig(data) : null;
}

/** The chain's unix time from the Clock sysvar (the local chain can be warped: never wall time). */
export async function chainNow(chain: ReporterChain): Promise<bigint> {
  const [data] = await chain.read([SYSVAR_CLOCK_PUBKEY]);
  if (!data) throw new Error('the Clock sysvar is missing');
  return new DataView(data.buffer, data.byteOffset, data.byteLength).getBigInt64(32, true);
}

/** getMultipleAccounts takes at most 100 keys. */
const READ_CHUNK = 100;

/** Which of `accounts` exist, in order. */
export async function existing(chain: ReporterChain, accounts: readonly PublicKey[]): Promise<boolean[]> {
  const out: boolean[] = [];
  for (let i = 0; i < accounts.length; i += READ_CHUNK) {
    const data = await chain.read(accounts.slice(i, i + READ_CHUNK));
    out.push(...data.map((d) => d !== null));
  }
  return out;
}

/**
 * The genesis seed's chain: a `Web3Target` whose payer is the reporter (it
 * throws on failure; turned into an outcome here) and an account reader. No
 * retries: the in-process chain lands or refuses at once.
 */
export function targetReporterChain(target: Web3Target, read: (address: PublicKey) => Promise<Uint8Array | null>): ReporterChain {
  return {
    read: (addresses) => Promise.all(addresses.map(read)),
    async send(instructions) {
      try {
        return { ok: true, signature: await target.send(instructions), attempts: 1 };
      } catch (e) {
        return { ok: false, error: toKeelError(e, { programIds: instructions.map((ix) => ix.programId) }), attempts: 1 };
      }
    },
  };
}

