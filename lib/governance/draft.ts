/**
 * An action drafted on the new-proposal page, before it is stored: the
 * instruction the proposal will run, anything the proposer sends alongside
 * (e.g. the recipient's token account), and what it does in words.
 */
import type { PublicKey, TransactionInstruction } from '@solana/web3.js';
import { describeAction, type DescribeContext, findActionPda, MAX_ACTION_ACCOUNTS, MAX_ACTION_DATA } from '@/lib/programs/governance';

export type DraftKind = 'parameter' | 'treasury-transfer' | 'raw';

export interface DraftAction {
  kind: DraftKind;
  /** The instruction the proposal runs when executed (signed there by the authority PDA). */
  instruction: TransactionInstruction;
  /** Sent by the proposer in the transaction that adds the action. */
  setup: TransactionInstruction[];
  /** Form warnings (e.g. a raw action needing another signer). */
  warnings: string[];
  /** Words for addresses the action names (a recipient's token account → "the KEEL account of …"). */
  names: Record<string, string>;
}

export function draftAction(
  kind: DraftKind,
  instruction: TransactionInstruction,
  setup: TransactionInstruction[] = [],
  warnings: string[] = [],
  names: Record<string, string> = {},
): DraftAction {
  return { kind, instruction, setup, warnings, names };
}

/** The stored form of the draft in words (the proposal page shows the same sentence). */
export function describeDraft(action: DraftAction, ctx: DescribeContext) {
  const d = describeAction(
    { programId: action.instruction.programId, keys: action.instruction.keys, data: Uint8Array.from(action.instruction.data) },
    { ...ctx, names: { ...ctx.names, ...action.names } },
  );
  return { ...d, warnings: [...action.warnings, ...d.warnings.filter((w) => !action.warnings.includes(w))] };
}

/**
 * Why the program would refuse storing `action` at `index` of `proposal`
 * (`add_action`: ≤ 16 accounts, ≤ 512 bytes, no meta naming the proposal or
 * the action account itself), or null.
 */
export function draftProblem(action: DraftAction, proposal: PublicKey, index: number, programId: PublicKey): string | null {
  const { keys, data } = action.instruction;
  if (keys.length > MAX_ACTION_ACCOUNTS) return `An action takes at most ${MAX_ACTION_ACCOUNTS} accounts.`;
  if (data.length > MAX_ACTION_DATA) return `An action takes at most ${MAX_ACTION_DATA} bytes of data.`;
  const [actionAccount] = findActionPda(proposal, index, programId);
  if (keys.some((k) => k.pubkey.equals(proposal) || k.pubkey.equals(actionAccount))) return 'An action may not name its own proposal or action account.';
  return null;
}
