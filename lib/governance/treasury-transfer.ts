/**
 * A treasury transfer proposal action: the form (recipient, amount), its
 * validation, and where the tokens land. The treasury pays with
 * `transfer_checked` signed by the authority PDA, into a token account of the
 * mint that must exist when the proposal executes (the PDA holds no SOL to
 * create one), so a wallet recipient gets its associated token account created
 * by the proposer alongside the action.
 */
import { createAssociatedTokenAccountIdempotentInstruction, getAssociatedTokenAddressSync } from '@solana/spl-token';
import type { PublicKey, TransactionInstruction } from '@solana/web3.js';
import { z } from 'zod';
import { treasuryTransferAction } from '@/lib/programs/governance';
import { formatTokenAmount, parseTokenAmount } from '@/lib/staking/format';
import { parseAddress } from './parse';
import { issuesByPath } from './parameters';

export interface TreasuryTransferValues {
  recipient: string;
  amount: string;
}

export interface TreasuryTransferContext {
  decimals: number;
  /** What the treasury holds today. */
  treasuryBalance: bigint;
}

export function treasuryTransferSchema({ decimals, treasuryBalance }: TreasuryTransferContext) {
  return z.object({
    recipient: z.string().transform((input, ctx): PublicKey => {
      const r = parseAddress(input, 'the recipient');
      if (!r.ok) {
        ctx.addIssue({ code: 'custom', message: r.error });
        return z.NEVER;
      }
      return r.value;
    }),
    amount: z.string().transform((input, ctx): bigint => {
      const r = parseTokenAmount(input, decimals);
      if (!r.ok) ctx.addIssue({ code: 'custom', message: r.error });
      else if (r.value === 0n) ctx.addIssue({ code: 'custom', message: 'Enter an amount greater than zero.' });
      else if (r.value > treasuryBalance) {
        ctx.addIssue({ code: 'custom', message: `The treasury holds ${formatTokenAmount(treasuryBalance, { decimals, maxFractionDigits: decimals })} KEEL.` });
      } else return r.value;
      return z.NEVER;
    }),
  });
}

export type TreasuryTransferResult = { ok: true; recipient: PublicKey; amount: bigint } | { ok: false; errors: Record<string, string> };

export function validateTreasuryTransfer(values: TreasuryTransferValues, ctx: TreasuryTransferContext): TreasuryTransferResult {
  const r = treasuryTransferSchema(ctx).safeParse(values);
  return r.success ? { ok: true, ...r.data } : { ok: false, errors: issuesByPath(r.error) };
}

/** What the chain says about the recipient address (read by the data-access layer). */
export interface RecipientInfo {
  /** The address is a token account of the staked mint: pay into it directly. */
  isTokenAccountOfMint: boolean;
  /** The address is some other token account or program-owned data: refuse. */
  isOtherAccount: boolean;
  /** Whether the wallet's associated token account already exists (wallet recipients). */
  ataExists: boolean;
}

export type TransferDestination =
  | { ok: true; destination: PublicKey; createAta: boolean; describedAs: 'token-account' | 'wallet' }
  | { ok: false; error: string };

/** Where the tokens go: the recipient itself when it is a KEEL token account, else its associated token account. */
export function transferDestination(input: { recipient: PublicKey; mint: PublicKey; tokenProgram: PublicKey; info: RecipientInfo }): TransferDestination {
  const { recipient, mint, tokenProgram, info } = input;
  if (info.isTokenAccountOfMint) return { ok: true, destination: recipient, createAta: false, describedAs: 'token-account' };
  if (info.isOtherAccount) return { ok: false, error: 'That address is an account of another kind (not a wallet, not a KEEL token account).' };
  return { ok: true, destination: getAssociatedTokenAddressSync(mint, recipient, true, tokenProgram), createAta: !info.ataExists, describedAs: 'wallet' };
}

export interface TreasuryTransferDraft {
  /** Sent by the proposer with the action (the recipient's token account). */
  setup: TransactionInstruction[];
  action: TransactionInstruction;
  /** The destination in words when it is a wallet's token account. */
  names: Record<string, string>;
}

/** "the KEEL account of 7xKX…9fQz": how a wallet's associated token account reads in a sentence. */
export const keelAccountOf = (owner: PublicKey) => `the KEEL account of ${owner.toBase58().slice(0, 4)}…${owner.toBase58().slice(-4)}`;

export function treasuryTransferDraft(input: {
  mint: PublicKey;
  programId: PublicKey;
  stakingProgramId: PublicKey;
  tokenProgram: PublicKey;
  decimals: number;
  payer: PublicKey;
  recipient: PublicKey;
  destination: Extract<TransferDestination, { ok: true }>;
  amount: bigint;
}): TreasuryTransferDraft {
  const { mint, tokenProgram, destination } = input;
  return {
    names: destination.describedAs === 'wallet' ? { [destination.destination.toBase58()]: keelAccountOf(input.recipient) } : {},
    setup: destination.createAta
      ? [createAssociatedTokenAccountIdempotentInstruction(input.payer, destination.destination, input.recipient, mint, tokenProgram)]
      : [],
    action: treasuryTransferAction({
      mint,
      programId: input.programId,
      stakingProgramId: input.stakingProgramId,
      tokenProgram,
      destination: destination.destination,
      amount: input.amount,
      decimals: input.decimals,
    }),
  };
}
