/**
 * `add_action` (2): appends one instruction to a Draft proposal. Build the
 * instruction with the typed action builders (`../actions.ts`) or any web3.js
 * builder, signed by the governance authority PDA where it needs a signer.
 * Accounts: 0 [s] proposer; 1 [s, w] payer; 2 [] governance config;
 * 3 [w] proposal; 4 [w] action PDA; 5 [] system program.
 * Data: u8 2, u8 index, u8 bump, [32] program id, u8 account count,
 * count × { [32] pubkey, u8 flags (1 signer, 2 writable) }, u16 data_len, data.
 */
import { getU16Encoder } from '@solana/codecs';
import type { PublicKey, TransactionInstruction } from '@solana/web3.js';
import { findActionPda, GovernanceInstruction, type GovernanceDeploymentInput, MAX_ACTION_ACCOUNTS, MAX_ACTION_DATA } from '../program';
import { concat, deployment, instruction, readonly, signer, SYSTEM_PROGRAM_ID, writable } from './shared';

/** The stored form of an action: index, bump, then the instruction. */
export function encodeAddActionData(index: number, bump: number, action: TransactionInstruction): Uint8Array {
  if (action.keys.length > MAX_ACTION_ACCOUNTS) throw new Error(`an action takes at most ${MAX_ACTION_ACCOUNTS} accounts`);
  if (action.data.length > MAX_ACTION_DATA) throw new Error(`an action takes at most ${MAX_ACTION_DATA} bytes of data`);
  const metas = action.keys.map((k) => concat(k.pubkey.toBytes(), [(k.isSigner ? 1 : 0) | (k.isWritable ? 2 : 0)]));
  return concat(
    [GovernanceInstruction.AddAction, index, bump],
    action.programId.toBytes(),
    [action.keys.length],
    ...metas,
    getU16Encoder().encode(action.data.length),
    action.data,
  );
}

export interface AddActionInput extends GovernanceDeploymentInput {
  proposer: PublicKey;
  /** Pays the action's rent; default the proposer. */
  payer?: PublicKey;
  proposal: PublicKey;
  /** The proposal's `nextActionIndex`. */
  index: number;
  /** The instruction to run when the proposal executes. */
  action: TransactionInstruction;
}

export function getAddActionInstruction(input: AddActionInput): TransactionInstruction {
  const d = deployment(input);
  const [action, bump] = findActionPda(input.proposal, input.index, d.programId);
  return instruction(
    d.programId,
    [
      signer(input.proposer),
      signer(input.payer ?? input.proposer, true),
      readonly(d.governance),
      writable(input.proposal),
      writable(action),
      readonly(SYSTEM_PROGRAM_ID),
    ],
    encodeAddActionData(input.index, bump, input.action),
  );
}
