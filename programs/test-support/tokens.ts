/**
 * SPL Token / Token-2022 fixtures built from raw instructions (encoded with
 * @solana/codecs): mints (optionally with a Token-2022 transfer fee),
 * token accounts, minting, and balance reads.
 */
import {
  getStructEncoder,
  getU16Encoder,
  getU32Encoder,
  getU64Decoder,
  getU64Encoder,
  getU8Encoder,
  getOptionEncoder,
  none,
  some,
  type Option,
} from '@solana/codecs';
import {
  AccountRole,
  type AccountSignerMeta,
  type Address,
  address,
  generateKeyPairSigner,
  getAddressDecoder,
  getAddressEncoder,
  type Instruction,
  type TransactionSigner,
} from '@solana/kit';
import { ExtensionType, getMintLen } from '@solana/spl-token';
import type { LiteSVM } from 'litesvm';
import { mustReadAccount } from './accounts';
import { expectSuccess, send } from './send';

export const SYSTEM_PROGRAM_ADDRESS = address('11111111111111111111111111111111');
export const TOKEN_PROGRAM_ADDRESS = address('TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA');
export const TOKEN_2022_PROGRAM_ADDRESS = address('TokenzQdBNbLqP5VEhdkAS6EPFLC1PHnBqCXEpPxuEb');

export type TokenProgram = 'token' | 'token-2022';

export function tokenProgramAddress(program: TokenProgram): Address {
  return program === 'token' ? TOKEN_PROGRAM_ADDRESS : TOKEN_2022_PROGRAM_ADDRESS;
}

/** Base sizes shared by both programs. */
export const MINT_LEN = 82;
export const TOKEN_ACCOUNT_LEN = 165;

const addressEncoder = getAddressEncoder();

function signerMeta(signer: TransactionSigner, writable: boolean): AccountSignerMeta {
  return { address: signer.address, role: writable ? AccountRole.WRITABLE_SIGNER : AccountRole.READONLY_SIGNER, signer };
}
// An instruction `COption<Pubkey>`: one tag byte, then the key if present.
const optionalAddress = () => getOptionEncoder(addressEncoder, { prefix: getU8Encoder() });

/** System `CreateAccount`: u32 0, u64 lamports, u64 space, owner. */
export function createAccountInstruction(input: {
  payer: TransactionSigner;
  account: TransactionSigner;
  lamports: bigint;
  space: number;
  owner: Address;
}): Instruction {
  const data = getStructEncoder([
    ['discriminator', getU32Encoder()],
    ['lamports', getU64Encoder()],
    ['space', getU64Encoder()],
    ['owner', addressEncoder],
  ]).encode({ discriminator: 0, lamports: input.lamports, space: input.space, owner: input.owner });
  return {
    programAddress: SYSTEM_PROGRAM_ADDRESS,
    accounts: [signerMeta(input.payer, true), signerMeta(input.account, true)],
    data,
  };
}

/** Token `InitializeMint2` (20): decimals, mint authority, optional freeze authority. */
export function initializeMint2Instruction(input: {
  mint: Address;
  decimals: number;
  mintAuthority: Address;
  freezeAuthority?: Address;
  tokenProgram: Address;
}): Instruction {
  const data = getStructEncoder([
    ['discriminator', getU8Encoder()],
    ['decimals', getU8Encoder()],
    ['mintAuthority', addressEncoder],
    ['freezeAuthority', optionalAddress()],
  ]).encode({
    discriminator: 20,
    decimals: input.decimals,
    mintAuthority: input.mintAuthority,
    freezeAuthority: input.freezeAuthority ? some(input.freezeAuthority) : none(),
  });
  return { programAddress: input.tokenProgram, accounts: [{ address: input.mint, role: AccountRole.WRITABLE }], data };
}

/** Token-2022 `InitializeTransferFeeConfig` (26, 0), before `InitializeMint2`. */
export function initializeTransferFeeConfigInstruction(input: {
  mint: Address;
  authority: Option<Address>;
  basisPoints: number;
  maximumFee: bigint;
}): Instruction {
  const data = getStructEncoder([
    ['discriminator', getU8Encoder()],
    ['sub', getU8Encoder()],
    ['configAuthority', optionalAddress()],
    ['withdrawAuthority', optionalAddress()],
    ['basisPoints', getU16Encoder()],
    ['maximumFee', getU64Encoder()],
  ]).encode({
    discriminator: 26,
    sub: 0,
    configAuthority: input.authority,
    withdrawAuthority: input.authority,
    basisPoints: input.basisPoints,
    maximumFee: input.maximumFee,
  });
  return { programAddress: TOKEN_2022_PROGRAM_ADDRESS, accounts: [{ address: input.mint, role: AccountRole.WRITABLE }], data };
}

/** Token `InitializeAccount3` (18): owner. */
export function initializeAccount3Instruction(input: { account: Address; mint: Address; owner: Address; tokenProgram: Address }): Instruction {
  const data = getStructEncoder([
    ['discriminator', getU8Encoder()],
    ['owner', addressEncoder],
  ]).encode({ discriminator: 18, owner: input.owner });
  return {
    programAddress: input.tokenProgram,
    accounts: [
      { address: input.account, role: AccountRole.WRITABLE },
      { address: input.mint, role: AccountRole.READONLY },
    ],
    data,
  };
}

/** Token `MintTo` (7): amount. */
export function mintToInstruction(input: {
  mint: Address;
  destination: Address;
  authority: TransactionSigner;
  amount: bigint;
  tokenProgram: Address;
}): Instruction {
  const data = getStructEncoder([
    ['discriminator', getU8Encoder()],
    ['amount', getU64Encoder()],
  ]).encode({ discriminator: 7, amount: input.amount });
  return {
    programAddress: input.tokenProgram,
    accounts: [
      { address: input.mint, role: AccountRole.WRITABLE },
      { address: input.destination, role: AccountRole.WRITABLE },
      signerMeta(input.authority, false),
    ],
    data,
  };
}

export interface MintOptions {
  program: TokenProgram;
  decimals?: number;
  /** Mint authority (an address: a PDA or a signer's address). */
  mintAuthority: Address;
  /** Token-2022 only: add a TransferFeeConfig extension with this fee (basis points). */
  transferFeeBasisPoints?: number;
}

/** Creates and initialises a mint; returns its address. */
export async function createMint(svm: LiteSVM, payer: TransactionSigner, options: MintOptions): Promise<Address> {
  const mint = await generateKeyPairSigner();
  const tokenProgram = tokenProgramAddress(options.program);
  const withFee = options.transferFeeBasisPoints !== undefined;
  if (withFee && options.program !== 'token-2022') throw new Error('transfer fees need Token-2022');
  const space = withFee ? getMintLen([ExtensionType.TransferFeeConfig]) : MINT_LEN;
  const instructions = [
    createAccountInstruction({ payer, account: mint, lamports: svm.minimumBalanceForRentExemption(BigInt(space)), space, owner: tokenProgram }),
  ];
  if (withFee) {
    instructions.push(
      initializeTransferFeeConfigInstruction({
        mint: mint.address,
        authority: none(),
        basisPoints: options.transferFeeBasisPoints ?? 0,
        maximumFee: 2n ** 64n - 1n,
      }),
    );
  }
  instructions.push(
    initializeMint2Instruction({ mint: mint.address, decimals: options.decimals ?? 6, mintAuthority: options.mintAuthority, tokenProgram }),
  );
  expectSuccess(await send(svm, payer, instructions));
  return mint.address;
}

/** Creates a token account (a fresh keypair address) for `owner`; returns its address. */
export async function createTokenAccount(
  svm: LiteSVM,
  payer: TransactionSigner,
  options: { mint: Address; owner: Address; program: TokenProgram; space?: number },
): Promise<Address> {
  const account = await generateKeyPairSigner();
  const tokenProgram = tokenProgramAddress(options.program);
  // Token-2022 accounts of a mint with a transfer fee carry a TransferFeeAmount extension.
  const space = options.space ?? TOKEN_ACCOUNT_LEN;
  expectSuccess(
    await send(svm, payer, [
      createAccountInstruction({ payer, account, lamports: svm.minimumBalanceForRentExemption(BigInt(space)), space, owner: tokenProgram }),
      initializeAccount3Instruction({ account: account.address, mint: options.mint, owner: options.owner, tokenProgram }),
    ]),
  );
  return account.address;
}

/** Mints `amount` with a signer mint authority. */
export async function mintTokens(
  svm: LiteSVM,
  payer: TransactionSigner,
  options: { mint: Address; destination: Address; authority: TransactionSigner; amount: bigint; program: TokenProgram },
): Promise<void> {
  expectSuccess(
    await send(svm, payer, [
      mintToInstruction({ ...options, tokenProgram: tokenProgramAddress(options.program) }),
    ]),
  );
}

/** Balance of a token account (u64 at offset 64). */
export function tokenBalance(svm: LiteSVM, account: Address): bigint {
  return getU64Decoder().decode(mustReadAccount(svm, account).data, 64);
}

/** Supply of a mint (u64 at offset 36). */
export function mintSupply(svm: LiteSVM, mint: Address): bigint {
  return getU64Decoder().decode(mustReadAccount(svm, mint).data, 36);
}

/** Owner (authority) of a token account (offset 32). */
export function tokenAccountOwner(svm: LiteSVM, account: Address): Address {
  return getAddressDecoder().decode(mustReadAccount(svm, account).data, 32);
}
