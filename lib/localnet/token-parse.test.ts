import { AccountLayout, MintLayout, ACCOUNT_SIZE, MINT_SIZE } from '@solana/spl-token';
import { Keypair } from '@solana/web3.js';
import { describe, expect, it } from 'vitest';
import { parseExtensions } from './token-extensions';
import { TOKEN_2022_PROGRAM_ID, TOKEN_PROGRAM_ID, decodeTokenAccount, parseTokenProgramAccount, uiAmountString } from './token-parse';

const mint = Keypair.generate().publicKey;
const owner = Keypair.generate().publicKey;
const delegate = Keypair.generate().publicKey;

function tokenAccount(amount: bigint): Buffer {
  const data = Buffer.alloc(ACCOUNT_SIZE);
  AccountLayout.encode(
    { mint, owner, amount, delegateOption: 1, delegate, state: 2, isNativeOption: 0, isNative: 0n, delegatedAmount: 5n, closeAuthorityOption: 0, closeAuthority: owner },
    data,
  );
  return data;
}

describe('uiAmountString', () => {
  it('trims trailing zeros like the validator', () => {
    expect(uiAmountString(1_500_000n, 6)).toBe('1.5');
    expect(uiAmountString(1_000_000n, 6)).toBe('1');
    expect(uiAmountString(5n, 6)).toBe('0.000005');
    expect(uiAmountString(0n, 6)).toBe('0');
    expect(uiAmountString(42n, 0)).toBe('42');
    expect(uiAmountString(18446744073709551615n, 9)).toBe('18446744073.709551615');
  });
});

describe('token accounts', () => {
  it('decodes every field of the 165-byte layout', () => {
    expect(decodeTokenAccount(TOKEN_PROGRAM_ID, tokenAccount(9n))).toEqual({
      mint: mint.toBase58(),
      owner: owner.toBase58(),
      amount: 9n,
      delegate: delegate.toBase58(),
      state: 'frozen',
      isNative: null,
      delegatedAmount: 5n,
      closeAuthority: null,
    });
    expect(decodeTokenAccount(owner.toBase58(), tokenAccount(9n))).toBeNull();
  });

  it('gives the jsonParsed shape with the mint decimals', () => {
    const parsed = parseTokenProgramAccount(TOKEN_PROGRAM_ID, tokenAccount(1_234_500n), () => 4);
    expect(parsed).toEqual({
      program: 'spl-token',
      space: 165,
      parsed: {
        type: 'account',
        info: {
          isNative: false,
          mint: mint.toBase58(),
          owner: owner.toBase58(),
          state: 'frozen',
          tokenAmount: { amount: '1234500', decimals: 4, uiAmount: 123.45, uiAmountString: '123.45' },
          delegate: delegate.toBase58(),
          delegatedAmount: { amount: '5', decimals: 4, uiAmount: 0.0005, uiAmountString: '0.0005' },
        },
      },
    });
    expect(parseTokenProgramAccount(TOKEN_PROGRAM_ID, tokenAccount(1n), () => null)).toBeNull();
  });

  it('parses a mint and leaves uninitialized ones binary', () => {
    const data = Buffer.alloc(MINT_SIZE);
    MintLayout.encode({ mintAuthorityOption: 1, mintAuthority: owner, supply: 77n, decimals: 2, isInitialized: true, freezeAuthorityOption: 0, freezeAuthority: owner }, data);
    expect(parseTokenProgramAccount(TOKEN_2022_PROGRAM_ID, data, () => null)?.parsed).toEqual({
      type: 'mint',
      info: { decimals: 2, freezeAuthority: null, isInitialized: true, mintAuthority: owner.toBase58(), supply: '77' },
    });
    expect(parseTokenProgramAccount(TOKEN_PROGRAM_ID, Buffer.alloc(MINT_SIZE), () => null)).toBeNull();
  });
});

describe('Token-2022 extensions', () => {
  it('parses TLV entries and marks unknown ones unparseable', () => {
    const closeAuthority = owner.toBuffer();
    const tlv = Buffer.concat([
      Buffer.from([3, 0, 32, 0]), closeAuthority, // MintCloseAuthority
      Buffer.from([7, 0, 0, 0]), // ImmutableOwner
      Buffer.from([99, 0, 1, 0, 0]), // unknown type 99
      Buffer.from([0, 0, 0, 0]), // end
    ]);
    expect(parseExtensions(tlv)).toEqual([
      { extension: 'mintCloseAuthority', state: { closeAuthority: owner.toBase58() } },
      { extension: 'immutableOwner' },
      { extension: 'unparseableExtension' },
    ]);
  });
});
