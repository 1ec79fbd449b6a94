/**
 * `fund_stream` (7): the authority adds to the reward stream and spreads what is
 * still streaming until now + duration.
 */
import type { PublicKey, TransactionInstruction } from '@solana/web3.js';
import { getFundStreamInstruction as build } from '@/lib/programs/generated/staking';
import { type DeploymentInput, kitDeployment, signerOf, toAddress, toWeb3Instruction } from './shared';

export interface FundStreamInput extends DeploymentInput {
  authority: PublicKey;
  authorityToken: PublicKey;
  tokenProgram: PublicKey;
  amount: bigint;
  durationSecs: bigint;
}

export function getFundStreamInstruction(input: FundStreamInput): TransactionInstruction {
  const { a, program } = kitDeployment(input);
  return toWeb3Instruction(
    build(
      {
        authority: signerOf(input.authority),
        ...a,
        authorityToken: toAddress(input.authorityToken),
        tokenProgram: toAddress(input.tokenProgram),
        amount: input.amount,
        durationSecs: input.durationSecs,
      },
      program,
    ),
  );
}
