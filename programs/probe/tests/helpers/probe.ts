/**
 * Probe-specific fixtures on top of `programs/test-support`: a VM with the
 * probe loaded, and a mint whose mint authority is the probe's authority PDA
 * with the probe's vault created for it.
 */
import type { Address, KeyPairSigner } from '@solana/kit';
import { ExtensionType, getAccountLen } from '@solana/spl-token';
import type { LiteSVM } from 'litesvm';
import { findAuthorityPda, findVaultPda, getInitVaultInstruction } from '@/lib/programs/probe';
import {
  createMint,
  createSvm,
  createTokenAccount,
  expectSuccess,
  fundedSigner,
  send,
  type TokenProgram,
  tokenProgramAddress,
} from '@/programs/test-support';

export interface TokenConfig {
  name: string;
  program: TokenProgram;
  /** Token-2022 only: a TransferFeeConfig extension with this fee. */
  transferFeeBasisPoints?: number;
}

/** The token set-ups every token instruction is tested with. */
export const TOKEN_CONFIGS: TokenConfig[] = [
  { name: 'SPL Token', program: 'token' },
  { name: 'Token-2022', program: 'token-2022' },
  { name: 'Token-2022 with a 1% transfer fee', program: 'token-2022', transferFeeBasisPoints: 100 },
];

export async function probeSvm(): Promise<{ svm: LiteSVM; payer: KeyPairSigner }> {
  const svm = createSvm(['probe']);
  return { svm, payer: await fundedSigner(svm) };
}

export interface MintFixture {
  config: TokenConfig;
  tokenProgram: Address;
  mint: Address;
  authority: Address;
  authorityBump: number;
  vault: Address;
  vaultBump: number;
  /** Size of a token account of this mint (with the extensions it requires). */
  accountSpace: number;
}

/** A mint (decimals 6) whose mint authority is the probe's authority PDA; the vault is not created. */
export async function mintFixture(svm: LiteSVM, payer: KeyPairSigner, config: TokenConfig): Promise<MintFixture> {
  const [authority, authorityBump] = await findAuthorityPda();
  const mint = await createMint(svm, payer, {
    program: config.program,
    mintAuthority: authority,
    transferFeeBasisPoints: config.transferFeeBasisPoints,
  });
  const [vault, vaultBump] = await findVaultPda(mint);
  const accountSpace = config.transferFeeBasisPoints !== undefined ? getAccountLen([ExtensionType.TransferFeeAmount]) : 165;
  return { config, tokenProgram: tokenProgramAddress(config.program), mint, authority, authorityBump, vault, vaultBump, accountSpace };
}

/** `mintFixture` plus the vault created through `init_vault`. */
export async function vaultFixture(svm: LiteSVM, payer: KeyPairSigner, config: TokenConfig): Promise<MintFixture> {
  const fixture = await mintFixture(svm, payer, config);
  expectSuccess(await send(svm, payer, [initVaultInstruction(payer, fixture)]));
  return fixture;
}

export function initVaultInstruction(payer: KeyPairSigner, f: MintFixture) {
  return getInitVaultInstruction({
    payer,
    vault: f.vault,
    mint: f.mint,
    authority: f.authority,
    tokenProgram: f.tokenProgram,
    vaultBump: f.vaultBump,
    authorityBump: f.authorityBump,
  });
}

/** A token account of the fixture's mint owned by `owner`. */
export function userTokenAccount(svm: LiteSVM, payer: KeyPairSigner, f: MintFixture, owner: Address): Promise<Address> {
  return createTokenAccount(svm, payer, { mint: f.mint, owner, program: f.config.program, space: f.accountSpace });
}

/** A valid bump for the authority seeds that is not the canonical one (an off-curve address). */
export const OTHER_BUMP = (bump: number) => (bump === 0 ? 1 : bump - 1);
