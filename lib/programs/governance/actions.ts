/**
 * Typed builders of proposal actions: instructions signed by the governance
 * authority PDA, to pass to `getAddActionInstruction`. Each returns a plain
 * web3.js `TransactionInstruction` (what gets stored and later invoked).
 *
 * A treasury transfer needs an existing destination token account of the mint
 * (the authority PDA holds no SOL to create one): create the recipient's
 * associated token account before the proposal executes.
 */
import { PublicKey, type TransactionInstruction } from '@solana/web3.js';
import { getAcceptAuthorityInstruction } from '@/lib/programs/staking/instructions/acceptAuthority';
import { getDepositRewardsInstruction } from '@/lib/programs/staking/instructions/depositRewards';
import { getFundStreamInstruction } from '@/lib/programs/staking/instructions/fundStream';
import { type ConfigUpdate, getUpdateConfigInstruction } from '@/lib/programs/staking/instructions/updateConfig';
import { getU64Encoder } from '@solana/codecs';
import type { ConfigUpdateArgs as MakersConfigUpdate } from '@/lib/programs/generated/makers/types/configUpdate';
import { makersFundInstruction, makersKeys, MAKERS_PROGRAM_ID, makersUpdateConfigInstruction } from '@/lib/programs/makers/web3';
import { type GovernanceConfigUpdate, getGovernanceUpdateConfigInstruction } from './instructions/updateConfig';
import { concat, instruction, readonly, signer, writable } from '../shared/instructions';
import { type GovernanceDeploymentInput, governanceAddresses } from './program';

/** SPL Memo v2. */
export const MEMO_PROGRAM_ID = new PublicKey('MemoSq4gqABAXKb96qnH8TysNcWxMyWCqXgDLGmfcHr');

/** A staking parameter change (staking `update_config`, signed by the authority PDA). */
export function stakingConfigAction(input: GovernanceDeploymentInput & { update: ConfigUpdate }): TransactionInstruction {
  const d = governanceAddresses(input);
  return getUpdateConfigInstruction({ authority: d.authority, mint: input.mint, programId: d.stakingProgramId, update: input.update });
}

/**
 * Governance takes over the staking authority (or vote authority) that its
 * current holder proposed to the authority PDA (staking `accept_authority`,
 * signed by the PDA when the proposal executes): how governance gets the
 * staking config back after handing it away.
 */
export function stakingAcceptAuthorityAction(input: GovernanceDeploymentInput & { which: 'authority' | 'voteAuthority' }): TransactionInstruction {
  const d = governanceAddresses(input);
  return getAcceptAuthorityInstruction({ pending: d.authority, which: input.which, mint: input.mint, programId: d.stakingProgramId });
}

/** Pause or resume staking (a feature toggle). */
export function stakingPauseAction(input: GovernanceDeploymentInput & { paused: boolean }): TransactionInstruction {
  return stakingConfigAction({ ...input, update: { field: 'paused', paused: input.paused } });
}

/** A governance parameter change (`update_config` of governance itself). */
export function governanceConfigAction(input: GovernanceDeploymentInput & { update: GovernanceConfigUpdate }): TransactionInstruction {
  return getGovernanceUpdateConfigInstruction(input);
}

export interface TreasuryTransferInput extends GovernanceDeploymentInput {
  /** The mint's token program (SPL Token or Token-2022). */
  tokenProgram: PublicKey;
  /** The recipient's token account of the mint (must exist when the action runs). */
  destination: PublicKey;
  /** Base units. */
  amount: bigint;
  /** The mint's decimals (Keel: 9). */
  decimals?: number;
}

/**
 * Treasury spending: `transfer_checked` (12) from the treasury, signed by the
 * authority PDA. Accounts: 0 [w] treasury; 1 [] mint; 2 [w] destination;
 * 3 [s] authority. Data (10): u8 12, u64 amount, u8 decimals.
 */
export function treasuryTransferAction(input: TreasuryTransferInput): TransactionInstruction {
  const d = governanceAddresses(input);
  return instruction(
    input.tokenProgram,
    [writable(d.treasury), readonly(input.mint), writable(input.destination), signer(d.authority)],
    concat([12], getU64Encoder().encode(input.amount), [input.decimals ?? 9]),
  );
}

/** Stream `amount` from the treasury to stakers over `durationSecs` (staking `fund_stream`). */
export function treasuryRewardStreamAction(
  input: GovernanceDeploymentInput & { tokenProgram: PublicKey; amount: bigint; durationSecs: bigint },
): TransactionInstruction {
  const d = governanceAddresses(input);
  return getFundStreamInstruction({
    authority: d.authority,
    authorityToken: d.treasury,
    mint: input.mint,
    tokenProgram: input.tokenProgram,
    amount: input.amount,
    durationSecs: input.durationSecs,
    programId: d.stakingProgramId,
  });
}

/** Pay `amount` from the treasury to stakers through the drip (staking `deposit_rewards`, spread over its drip period). */
export function treasuryRewardDepositAction(
  input: GovernanceDeploymentInput & { tokenProgram: PublicKey; amount: bigint },
): TransactionInstruction {
  const d = governanceAddresses(input);
  return getDepositRewardsInstruction({
    depositor: d.authority,
    depositorToken: d.treasury,
    mint: input.mint,
    tokenProgram: input.tokenProgram,
    amount: input.amount,
    programId: d.stakingProgramId,
  });
}

/** A note recorded on chain when the proposal executes (e.g. a program upgrade note). */
export function memoAction(text: string): TransactionInstruction {
  return instruction(MEMO_PROGRAM_ID, [], new TextEncoder().encode(text));
}

/** Where the makers program lives, for the makers actions (default the localnet id). */
export interface MakersDeploymentInput extends GovernanceDeploymentInput {
  makersProgramId?: PublicKey;
}

/**
 * A maker config change (makers `update_config`, signed by the authority PDA,
 * which the demo seed makes the maker authority): rotate the reporter, reward
 * rules, early rule, volatility, bond rules, season length, rollover policy,
 * pause. `treasury` is the token account unspent budgets return to, for
 * `SetRolloverPolicy` return only.
 */
export function makersConfigAction(input: MakersDeploymentInput & { update: MakersConfigUpdate; treasury?: PublicKey }): TransactionInstruction {
  const d = governanceAddresses(input);
  const keys = makersKeys(input.mint, input.makersProgramId ?? MAKERS_PROGRAM_ID);
  return makersUpdateConfigInstruction({ keys, authority: d.authority, update: input.update, treasury: input.treasury });
}

/** Adds `amount` from the governance treasury to the current (`target` 0) or next (1) makers season's budget (makers `fund`). */
export function makersFundAction(input: MakersDeploymentInput & { tokenProgram: PublicKey; amount: bigint; target: 0 | 1 }): TransactionInstruction {
  const d = governanceAddresses(input);
  const keys = makersKeys(input.mint, input.makersProgramId ?? MAKERS_PROGRAM_ID);
  return makersFundInstruction({ keys, funder: d.authority, funderToken: d.treasury, tokenProgram: input.tokenProgram, amount: input.amount, target: input.target });
}
