/**
 * Creates the KEEL token: a 9-decimal mint under SPL Token or Token-2022, the
 * whole fixed supply minted once into two vaults, then the mint authority set
 * to none in that same transaction, so the cap is provable on chain (a mint
 * with no mint authority can never mint again; it has no freeze authority
 * either).
 *
 * Vaults (plain token accounts at the given keypairs' addresses, so both can
 * belong to one owner, which associated token accounts cannot):
 * - locked reserve, 90,000,000 by default: nothing in the app moves it; each
 *   six-month season releases at most 10,000,000 from it by a governance vote.
 * - current season's incentives, 10,000,000 by default: funds reward streams
 *   and deposits.
 * Both are owned by `vaultAuthority`, the treasury/reserve authority: on the
 * local chain the dev `authority` account (lib/localnet/dev-accounts.ts), on a
 * real cluster the deployer's treasury key. The governance issue moves both to
 * its PDA with SetAuthority(AccountOwner).
 *
 * Two transactions: (1) create and initialise the mint, plus `withMint` (the
 * staking `initialize` belongs here: it is permissionless, and whoever runs it
 * first for a mint becomes its authority); (2) create both vaults, mint into
 * them and revoke the mint authority.
 */
import {
  AuthorityType,
  createInitializeAccount3Instruction,
  createInitializeMint2Instruction,
  createMintToCheckedInstruction,
  createSetAuthorityInstruction,
  MINT_SIZE,
} from '@solana/spl-token';
import { Keypair, type PublicKey, SystemProgram, type TransactionInstruction } from '@solana/web3.js';
import { KEEL_DECIMALS, KEEL_RESERVE_AMOUNT, KEEL_SEASON_AMOUNT } from './keel-token';
import { tokenProgramId, type TokenProgramKind } from './token-programs';
import type { Web3Target } from './web3-target';

/** A token account without extensions (SPL Token and Token-2022 alike). */
export const TOKEN_ACCOUNT_SIZE = 165;

export interface CreateKeelTokenOptions {
  target: Web3Target;
  /** Default SPL Token. */
  tokenProgram?: TokenProgramKind;
  /** The mint's keypair (a fixed one gives a known address); default a new one. */
  mint?: Keypair;
  reserveVault?: Keypair;
  seasonVault?: Keypair;
  /** Signs the one mint and the revocation; holds no power afterwards. */
  mintAuthority: Keypair;
  /** Owner of both vaults: the treasury/reserve authority. */
  vaultAuthority: PublicKey;
  /** Base units; the supply is their sum. Defaults 90,000,000 and 10,000,000 KEEL. */
  reserveAmount?: bigint;
  seasonAmount?: bigint;
  decimals?: number;
  /** Appended to the mint's creation transaction (e.g. the staking `initialize`). */
  withMint?: TransactionInstruction[];
}

export interface KeelToken {
  mint: PublicKey;
  tokenProgram: PublicKey;
  decimals: number;
  supply: bigint;
  reserveVault: PublicKey;
  seasonVault: PublicKey;
  signatures: { mint: string; supply: string };
}

export async function createKeelToken(options: CreateKeelTokenOptions): Promise<KeelToken> {
  const {
    target,
    mintAuthority,
    vaultAuthority,
    mint = Keypair.generate(),
    reserveVault = Keypair.generate(),
    seasonVault = Keypair.generate(),
    reserveAmount = KEEL_RESERVE_AMOUNT,
    seasonAmount = KEEL_SEASON_AMOUNT,
    decimals = KEEL_DECIMALS,
  } = options;
  if (reserveAmount < 0n || seasonAmount < 0n || reserveAmount + seasonAmount === 0n) {
    throw new RangeError('createKeelToken: the reserve and season amounts must be non-negative with a positive sum');
  }
  const programId = tokenProgramId(options.tokenProgram ?? 'token');
  const [mintRent, accountRent] = await Promise.all([target.rentExempt(MINT_SIZE), target.rentExempt(TOKEN_ACCOUNT_SIZE)]);

  const mintSignature = await target.send(
    [
      SystemProgram.createAccount({
        fromPubkey: target.payer,
        newAccountPubkey: mint.publicKey,
        lamports: mintRent,
        space: MINT_SIZE,
        programId,
      }),
      // No freeze authority: nobody can ever freeze a holder's KEEL.
      createInitializeMint2Instruction(mint.publicKey, decimals, mintAuthority.publicKey, null, programId),
      ...(options.withMint ?? []),
    ],
    [mint],
  );

  const vault = (account: Keypair, amount: bigint): TransactionInstruction[] => [
    SystemProgram.createAccount({
      fromPubkey: target.payer,
      newAccountPubkey: account.publicKey,
      lamports: accountRent,
      space: TOKEN_ACCOUNT_SIZE,
      programId,
    }),
    createInitializeAccount3Instruction(account.publicKey, mint.publicKey, vaultAuthority, programId),
    ...(amount > 0n
      ? [createMintToCheckedInstruction(mint.publicKey, account.publicKey, mintAuthority.publicKey, amount, decimals, [], programId)]
      : []),
  ];
  const supplySignature = await target.send(
    [
      ...vault(reserveVault, reserveAmount),
      ...vault(seasonVault, seasonAmount),
      createSetAuthorityInstruction(mint.publicKey, mintAuthority.publicKey, AuthorityType.MintTokens, null, [], programId),
    ],
    [reserveVault, seasonVault, mintAuthority],
  );

  return {
    mint: mint.publicKey,
    tokenProgram: programId,
    decimals,
    supply: reserveAmount + seasonAmount,
    reserveVault: reserveVault.publicKey,
    seasonVault: seasonVault.publicKey,
    signatures: { mint: mintSignature, supply: supplySignature },
  };
}
