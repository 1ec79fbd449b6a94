/**
 * `fund_stream` (7): the authority adds to the reward stream and spreads what is
 * still streaming until now + duration.
 * Accounts: 0 [s] authority; 1 [w] config; 2 [w] schedule; 3 [w] authority's token account;
 * 4 [w] reward vault; 5 [] mint; 6 [] token program.
 * Data (17): u8 7, u64 amount, i64 duration_secs.
 */
import { getI64Encoder, getStructEncoder, getU64Encoder, getU8Encoder } from '@solana/codecs';
import type { PublicKey, TransactionInstruction } from '@solana/web3.js';
import { StakingInstruction } from '../program';
import { type DeploymentInput, deployment, instruction, readonly, signer, writable } from './shared';

export const getFundStreamDataEncoder = () =>
  getStructEncoder([
    ['discriminator', getU8Encoder()],
    ['amount', getU64Encoder()],
    ['durationSecs', getI64Encoder()],
  ]);

export interface FundStreamInput extends DeploymentInput {
  authority: PublicKey;
  authorityToken: PublicKey;
  tokenProgram: PublicKey;
  amount: bigint;
  durationSecs: bigint;
}

export function getFundStreamInstruction(input: FundStreamInput): TransactionInstruction {
  const d = deployment(input);
  return instruction(
    d.programId,
    [
      signer(input.authority),
      writable(d.config),
      writable(d.schedule),
      writable(input.authorityToken),
      writable(d.rewardVault),
      readonly(input.mint),
      readonly(input.tokenProgram),
    ],
    getFundStreamDataEncoder().encode({
      discriminator: StakingInstruction.FundStream,
      amount: input.amount,
      durationSecs: input.durationSecs,
    }),
  );
}
