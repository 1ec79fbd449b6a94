/**
 * Every transaction the chain has included, with the metadata getTransaction
 * returns, and an index of signatures per address for getSignaturesForAddress.
 * LiteSVM keeps neither slots nor per-address lists, so this is the chain's
 * ledger; it is persisted as JSON lines beside the LiteSVM snapshot.
 * u64 amounts are stored as decimal strings so nothing is rounded on disk.
 */
import type { TxErrorJson } from './tx-error';
import type { UiTokenAmount } from './token-parse';

export interface TokenBalance {
  accountIndex: number;
  mint: string;
  owner: string;
  programId: string;
  uiTokenAmount: UiTokenAmount;
}

export interface InnerInstructions {
  index: number;
  instructions: { programIdIndex: number; accounts: number[]; data: string; stackHeight: number }[];
}

export interface TxRecord {
  signature: string;
  slot: number;
  blockTime: number;
  /** The transaction as sent, base64. */
  wire: string;
  version: 'legacy' | 0;
  err: TxErrorJson | null;
  fee: string;
  preBalances: string[];
  postBalances: string[];
  preTokenBalances: TokenBalance[];
  postTokenBalances: TokenBalance[];
  logMessages: string[];
  innerInstructions: InnerInstructions[];
  computeUnitsConsumed: number;
  returnData: { programId: string; data: [string, 'base64'] } | null;
  loadedAddresses: { writable: string[]; readonly: string[] };
  /** Static keys then loaded writable then loaded read-only: the indexes used above. */
  accountKeys: string[];
  memo: string | null;
  /** Compute-unit price paid, micro-lamports (getRecentPrioritizationFees). */
  unitPrice: string;
  /** Keys the transaction write-locked. */
  writableKeys: string[];
}

export interface SignatureQuery {
  before?: string;
  until?: string;
  limit: number;
}

export class TxHistory {
  private readonly bySignature = new Map<string, TxRecord>();
  /** Signatures per address, oldest first. */
  private readonly byAddress = new Map<string, string[]>();
  /** All records in the order they landed. */
  private readonly ordered: TxRecord[] = [];
  private unsaved: TxRecord[] = [];

  add(record: TxRecord, persisted = false): void {
    if (this.bySignature.has(record.signature)) return;
    this.bySignature.set(record.signature, record);
    this.ordered.push(record);
    for (const key of new Set(record.accountKeys)) {
      const list = this.byAddress.get(key);
      if (list) list.push(record.signature);
      else this.byAddress.set(key, [record.signature]);
    }
    if (!persisted) this.unsaved.push(record);
  }

  get(signature: string): TxRecord | undefined {
    return this.bySignature.get(signature);
  }

  get size(): number {
    return this.bySignature.size;
  }

  /** Newest first, strictly older than `before`, strictly newer than `until`. */
  signaturesFor(address: string, q: SignatureQuery): TxRecord[] {
    const list = this.byAddress.get(address) ?? [];
    let end = list.length;
    if (q.before) {
      const i = list.lastIndexOf(q.before);
      // An unknown `before` yields nothing, as the validator does.
      end = i < 0 ? 0 : i;
    }
    const out: TxRecord[] = [];
    for (let i = end - 1; i >= 0 && out.length < q.limit; i--) {
      const sig = list[i]!;
      if (sig === q.until) break;
      out.push(this.bySignature.get(sig)!);
    }
    return out;
  }

  /** Records from `sinceSlot` on, newest first, for getRecentPrioritizationFees. */
  recent(sinceSlot: number): TxRecord[] {
    const out: TxRecord[] = [];
    for (let i = this.ordered.length - 1; i >= 0 && this.ordered[i]!.slot >= sinceSlot; i--) out.push(this.ordered[i]!);
    return out;
  }

  /** Records not yet in the history file. */
  unsavedRecords(): readonly TxRecord[] {
    return this.unsaved;
  }

  /** After the first `count` unsaved records reached the file (kept if the write failed). */
  markSaved(count: number): void {
    this.unsaved = this.unsaved.slice(count);
  }
}
