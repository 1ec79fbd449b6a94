/**
 * `add_action` (2): appends one instruction to a Draft proposal. Build the
 * instruction with the typed action builders (`../actions.ts`) or any web3.js
 * builder, signed by the governance authority PDA where it needs a signer.
 * Its data: index, bump, then the instruction (program, metas with flags
 * 1 signer / 2 writable, data).
 */
import type { PublicKey, TransactionInstruction } from '@solana/web3.js';
import { type ActionAccountArgs, getAddActionInstruction as build, getAddActionInstructionDataEncoder } from '@/lib/programs/generated/governance';
import { findActionPda, type GovernanceDeploymentInput, MAX_ACTION_ACCOUNTS, MAX_ACTION_DATA } from '../program';
import { kitDeployment, signerOf, toAddress, toWeb3Instruction } from './shared';

/** The stored form of `action`: program, metas with flags, data (checked against the program's limits). */
function storedAction(action: TransactionInstruction) {
  if (action.keys.length > MAX_ACTION_ACCOUNTS) throw new Error(`an action takes at most ${MAX_ACTION_ACCOUNTS} accounts`);
  if (action.data.length > MAX_ACTION_DATA) throw new Error(`an action takes at most ${MAX_ACTION_DATA} bytes of data`);
  const metas: ActionAccountArgs[] = action.keys.map((k) => ({ pubkey: toAddress(k.pubkey), flags: (k.isSigner ? 1 : 0) | (k.isWritable ? 2 : 0) }));
  return { programId: toAddress(action.programId), metas, data: Uint8Array.from(action.data) };
}

/** The stored form of an action: index, bump, then the instruction. */
export function encodeAddActionData(index: number, bump: number, action: TransactionInstruction): Uint8Array {
  return Uint8Array.from(getAddActionInstructionDataEncoder().encode({ index, bump, ...storedAction(action) }));
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
  const { d, a, program } = kitDeployment(input);
  const [action, bump] = findActionPda(input.proposal, input.index, d.programId);
  return toWeb3Instruction(
    build(
      {
        proposer: signerOf(input.proposer),
        payer: signerOf(input.payer ?? input.proposer),
        governance: a.governance,
        proposal: toAddress(input.proposal),
        action: toAddress(action),
        index: input.index,
        bump,
        ...storedAction(input.action),
      },
      program,
    ),
  );
}
