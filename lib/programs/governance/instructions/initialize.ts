/**
 * `initialize` (0): the staking authority creates the governance config and the
 * treasury; `getHandOverInstructions` then makes the authority PDA the staking
 * authority and vote authority, proposing and accepting (send them in the same
 * transaction).
 * Accounts: 0 [s, w] payer (staking authority); 1 [w] governance config;
 * 2 [] staking config; 3 [] authority PDA; 4 [w] treasury PDA; 5 [] mint;
 * 6 [] token program; 7 [] system program.
 * Data (87): u8 0, then `GovernanceParams` (86 bytes).
 */
import {
  fixEncoderSize,
  getBytesEncoder,
  getI64Encoder,
  getStructEncoder,
  getU16Encoder,
  getU64Encoder,
  getU8Encoder,
} from '@solana/codecs';
import { PublicKey, type TransactionInstruction } from '@solana/web3.js';
import { getUpdateConfigInstruction } from '@/lib/programs/staking/instructions/updateConfig';
import { getAcceptStakingAuthorityInstruction } from './acceptStakingAuthority';
import { DEFAULT_GOVERNANCE_PARAMS, GovernanceInstruction, type GovernanceDeploymentInput, type GovernanceParams } from '../program';
import { concat, deployment, instruction, readonly, signer, SYSTEM_PROGRAM_ID, writable } from './shared';

export const getGovernanceParamsEncoder = () =>
  getStructEncoder([
    ['quorumBps', getU16Encoder()],
    ['approvalBps', getU16Encoder()],
    ['votingPeriodSecs', getI64Encoder()],
    ['timelockSecs', getI64Encoder()],
    ['gracePeriodSecs', getI64Encoder()],
    ['lateQuorumExtensionSecs', getI64Encoder()],
    ['minProposalPower', getU64Encoder()],
    ['minVotePower', getU64Encoder()],
    ['maxActions', getU8Encoder()],
    ['voteWeighting', getU8Encoder()],
    ['guardian', fixEncoderSize(getBytesEncoder(), 32)],
  ]);

/** The 86 parameter bytes of `initialize`. */
export function encodeGovernanceParams(params: GovernanceParams): Uint8Array {
  return Uint8Array.from(
    getGovernanceParamsEncoder().encode({
      ...params,
      voteWeighting: params.voteWeighting === 'quadratic' ? 1 : 0,
      guardian: (params.guardian ?? new PublicKey(new Uint8Array(32))).toBytes(),
    }),
  );
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
  const d = deployment(input);
  const params = { ...DEFAULT_GOVERNANCE_PARAMS, ...input.params };
  return instruction(
    d.programId,
    [
      signer(input.payer, true),
      writable(d.governance),
      readonly(d.stakingConfig),
      readonly(d.authority),
      writable(d.treasury),
      readonly(input.mint),
      readonly(input.tokenProgram),
      readonly(SYSTEM_PROGRAM_ID),
    ],
    concat(getU8Encoder().encode(GovernanceInstruction.Initialize), encodeGovernanceParams(params)),
  );
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
