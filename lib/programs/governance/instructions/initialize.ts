/**
 * `initialize` (0): the staking authority creates the governance config and the
 * treasury; `getHandOverInstructions` then makes the authority PDA the staking
 * authority and vote authority, proposing and accepting (send them in the same
 * transaction). Its data: `GovernanceParams` (86 bytes) after the discriminator.
 */
import { PublicKey, type TransactionInstruction } from '@solana/web3.js';
import {
  type InitializeInstructionDataArgs,
  getInitializeInstruction as build,
  getInitializeInstructionDataEncoder,
  VoteWeighting,
} from '@/lib/programs/generated/governance';
import { getUpdateConfigInstruction } from '@/lib/programs/staking/instructions/updateConfig';
import { getAcceptStakingAuthorityInstruction } from './acceptStakingAuthority';
import { DEFAULT_GOVERNANCE_PARAMS, type GovernanceDeploymentInput, type GovernanceParams } from '../program';
import { deployment, kitDeployment, signerOf, toAddress, toWeb3Instruction } from './shared';

/** The app's parameters as the IDL's arguments. */
const toIdl = (params: GovernanceParams): InitializeInstructionDataArgs => ({
  ...params,
  voteWeighting: params.voteWeighting === 'quadratic' ? VoteWeighting.Quadratic : VoteWeighting.Linear,
  guardian: toAddress(params.guardian ?? PublicKey.default),
});

/** The 86 parameter bytes of `initialize`. */
export function encodeGovernanceParams(params: GovernanceParams): Uint8Array {
  return Uint8Array.from(getInitializeInstructionDataEncoder().encode(toIdl(params))).slice(1);
}

export interface InitializeInput extends GovernanceDeploymentInput {
  /** The staking config's current authority. */
  payer: PublicKey;
  /** The mint's token program (SPL Token or Token-2022). */
  tokenProgram: PublicKey;
  /** Overrides of `DEFAULT_GOVERNANCE_PARAMS`. */
  params?: Partial<GovernanceParams>;
}

export function getInitializeInstruction(input: InitializeInput): TransactionInstruction {
  const { a, program } = kitDeployment(input);
  const params = toIdl({ ...DEFAULT_GOVERNANCE_PARAMS, ...input.params });
  return toWeb3Instruction(build({ payer: signerOf(input.payer), ...a, tokenProgram: toAddress(input.tokenProgram), ...params }, program));
}

/**
 * The hand-over of staking to governance, propose then accept, for one
 * transaction: staking `update_config` SetVoteAuthority and SetAuthority
 * (signed by the current staking authority) propose the governance authority
 * PDA, and governance `accept_staking_authority` takes each (the PDA signs by
 * CPI). After these, only executed proposals can change staking parameters.
 *
 * Accepting through governance's own instruction rather than a proposal is
 * not a shortcut: no proposal could pass before governance is the vote
 * authority (every vote locks positions through it). In one transaction with
 * the proposals, nobody but the staking authority picks the moment. The vote
 * authority goes first; both proposals precede both accepts, so the old
 * authority still signs the second proposal.
 */
export function getHandOverInstructions(input: GovernanceDeploymentInput & { currentAuthority: PublicKey }): TransactionInstruction[] {
  const d = deployment(input);
  const common = { authority: input.currentAuthority, mint: input.mint, programId: d.stakingProgramId };
  return [
    getUpdateConfigInstruction({ ...common, update: { field: 'voteAuthority', voteAuthority: d.authority } }),
    getUpdateConfigInstruction({ ...common, update: { field: 'authority', authority: d.authority } }),
    getAcceptStakingAuthorityInstruction({ ...input, which: 'voteAuthority' }),
    getAcceptStakingAuthorityInstruction({ ...input, which: 'authority' }),
  ];
}
