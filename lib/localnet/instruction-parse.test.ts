import {
  createAssociatedTokenAccountIdempotentInstruction,
  createInitializeMint2Instruction,
  createMintToCheckedInstruction,
  createTransferCheckedInstruction,
  TOKEN_2022_PROGRAM_ID,
} from '@solana/spl-token';
import { Keypair, SystemProgram, type TransactionInstruction } from '@solana/web3.js';
import bs58 from 'bs58';
import { describe, expect, it } from 'vitest';
import { parseInstruction } from './instruction-parse';

const [a, b, c, d] = Array.from({ length: 4 }, () => Keypair.generate().publicKey);

function parse(ix: TransactionInstruction) {
  return parseInstruction({ programId: ix.programId.toBase58(), accounts: ix.keys.map((k) => k.pubkey.toBase58()), data: ix.data, stackHeight: 2 });
}

describe('parseInstruction', () => {
  it('parses System createAccount', () => {
    const ix = SystemProgram.createAccount({ fromPubkey: a!, newAccountPubkey: b!, lamports: 10, space: 82, programId: c! });
    expect(parse(ix)).toEqual({
      program: 'system',
      programId: SystemProgram.programId.toBase58(),
      parsed: { type: 'createAccount', info: { source: a!.toBase58(), newAccount: b!.toBase58(), lamports: 10n, space: 82n, owner: c!.toBase58() } },
      stackHeight: 2,
    });
  });

  it('parses checked token instructions with their decimals (Token-2022 too)', () => {
    const transfer = parse(createTransferCheckedInstruction(a!, b!, c!, d!, 1_500n, 3, [], TOKEN_2022_PROGRAM_ID));
    expect(transfer).toMatchObject({
      program: 'spl-token-2022',
      parsed: { type: 'transferChecked', info: { source: a!.toBase58(), mint: b!.toBase58(), destination: c!.toBase58(), authority: d!.toBase58(), tokenAmount: { amount: '1500', decimals: 3, uiAmountString: '1.5' } } },
    });
    expect(parse(createMintToCheckedInstruction(a!, b!, c!, 7n, 0))).toMatchObject({ program: 'spl-token', parsed: { type: 'mintToChecked' } });
    expect(parse(createInitializeMint2Instruction(a!, 6, b!, c!))).toMatchObject({
      parsed: { type: 'initializeMint2', info: { mint: a!.toBase58(), decimals: 6, mintAuthority: b!.toBase58(), freezeAuthority: c!.toBase58() } },
    });
  });

  it('parses associated token account creation', () => {
    expect(parse(createAssociatedTokenAccountIdempotentInstruction(a!, b!, c!, d!))).toMatchObject({
      program: 'spl-associated-token-account',
      parsed: { type: 'createIdempotent', info: { source: a!.toBase58(), account: b!.toBase58(), wallet: c!.toBase58(), mint: d!.toBase58() } },
    });
  });

  it('leaves other programs and malformed data partially decoded', () => {
    const other = parseInstruction({ programId: a!.toBase58(), accounts: [b!.toBase58()], data: Uint8Array.from([1, 2]), stackHeight: null });
    expect(other).toEqual({ programId: a!.toBase58(), accounts: [b!.toBase58()], data: bs58.encode(Uint8Array.from([1, 2])), stackHeight: null });
    const short = parseInstruction({ programId: SystemProgram.programId.toBase58(), accounts: [], data: Uint8Array.from([2]), stackHeight: null });
    expect(short).toHaveProperty('data');
  });
});
