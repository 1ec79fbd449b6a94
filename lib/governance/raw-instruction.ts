/**
 * The expert form: any instruction as a proposal action, typed as its program
 * id, its accounts (signer / writable flags) and its data in hex or base64.
 * Validation follows what `add_action` stores (≤ 16 accounts, ≤ 512 bytes of
 * data) and warns where execution would need a signature governance cannot
 * give (any signer but the authority PDA).
 */
import { type PublicKey, TransactionInstruction } from '@solana/web3.js';
import { z } from 'zod';
import { MAX_ACTION_ACCOUNTS, MAX_ACTION_DATA } from '@/lib/programs/governance';
import { type DataEncoding, parseAddress, parseData } from './parse';
import { issuesByPath } from './parameters';

export interface RawAccountValues {
  pubkey: string;
  signer: boolean;
  writable: boolean;
}

export interface RawInstructionValues {
  programId: string;
  accounts: RawAccountValues[];
  data: string;
  encoding: DataEncoding;
}

export const EMPTY_RAW_INSTRUCTION: RawInstructionValues = { programId: '', accounts: [], data: '', encoding: 'hex' };

const address = (what: string) =>
  z.string().transform((input, ctx): PublicKey => {
    const r = parseAddress(input, what);
    if (!r.ok) {
      ctx.addIssue({ code: 'custom', message: r.error });
      return z.NEVER;
    }
    return r.value;
  });

export const rawInstructionSchema = z
  .object({
    programId: address('the program id'),
    accounts: z
      .array(z.object({ pubkey: address('the account'), signer: z.boolean(), writable: z.boolean() }))
      .max(MAX_ACTION_ACCOUNTS, `An action takes at most ${MAX_ACTION_ACCOUNTS} accounts.`),
    data: z.string(),
    encoding: z.enum(['hex', 'base64']),
  })
  .transform((v, ctx) => {
    const data = parseData(v.data, v.encoding);
    if (!data.ok) {
      ctx.addIssue({ code: 'custom', path: ['data'], message: data.error });
      return z.NEVER;
    }
    if (data.value.length > MAX_ACTION_DATA) {
      ctx.addIssue({ code: 'custom', path: ['data'], message: `An action takes at most ${MAX_ACTION_DATA} bytes of data (this is ${data.value.length}).` });
      return z.NEVER;
    }
    return new TransactionInstruction({
      programId: v.programId,
      keys: v.accounts.map((a) => ({ pubkey: a.pubkey, isSigner: a.signer, isWritable: a.writable })),
      data: Buffer.from(data.value),
    });
  });

export type RawInstructionResult = { ok: true; instruction: TransactionInstruction; warnings: string[] } | { ok: false; errors: Record<string, string> };

/** Validates the form; `authority` is the governance authority PDA (the one signer governance provides). */
export function validateRawInstruction(values: RawInstructionValues, authority: PublicKey): RawInstructionResult {
  const r = rawInstructionSchema.safeParse(values);
  if (!r.success) return { ok: false, errors: issuesByPath(r.error) };
  const warnings = r.data.keys
    .filter((k) => k.isSigner && !k.pubkey.equals(authority))
    .map((k) => `Account ${k.pubkey.toBase58()} is marked signer: executing needs its signature, which governance cannot give.`);
  return { ok: true, instruction: r.data, warnings };
}
