/**
 * What the makers program's generated client leaves to the app: PDA finders
 * taking their seeds as plain arguments, the addresses of a mint's config and
 * vaults in one call, and the wallet's associated token account (claim's
 * destination, created by the program when missing).
 */
import { type Address, getAddressEncoder, getProgramDerivedAddress, type ProgramDerivedAddress } from '@solana/kit';
import {
  findBondVaultPda as findBondVault,
  findConfigPda as findConfig,
  findMakerPda as findMaker,
  findRewardVaultPda as findRewardVault,
  MAKERS_PROGRAM_ADDRESS,
} from '@/lib/programs/generated/makers';

export const ASSOCIATED_TOKEN_PROGRAM_ADDRESS = 'ATokenGPvbdGVxr1b2hvZbsiqW5xWH25efTNsLJA8knL' as Address;

/** `["config", mint]`: the config of a KEEL mint. */
export function findConfigPda(mint: Address, programAddress: Address = MAKERS_PROGRAM_ADDRESS): Promise<ProgramDerivedAddress> {
  return findConfig({ mint }, { programAddress });
}

/** `["maker", config, wallet]`: a wallet's maker account. */
export function findMakerPda(config: Address, wallet: Address, programAddress: Address = MAKERS_PROGRAM_ADDRESS): Promise<ProgramDerivedAddress> {
  return findMaker({ config, wallet }, { programAddress });
}

/** `["reward_vault", config]`. */
export function findRewardVaultPda(config: Address, programAddress: Address = MAKERS_PROGRAM_ADDRESS): Promise<ProgramDerivedAddress> {
  return findRewardVault({ config }, { programAddress });
}

/** `["bond_vault", config]`. */
export function findBondVaultPda(config: Address, programAddress: Address = MAKERS_PROGRAM_ADDRESS): Promise<ProgramDerivedAddress> {
  return findBondVault({ config }, { programAddress });
}

export interface MakersAddresses {
  config: Address;
  rewardVault: Address;
  bondVault: Address;
}

/** The config and vault addresses of `mint`. */
export async function makersAddresses(mint: Address, programAddress: Address = MAKERS_PROGRAM_ADDRESS): Promise<MakersAddresses> {
  const [config] = await findConfigPda(mint, programAddress);
  const [[rewardVault], [bondVault]] = await Promise.all([findRewardVaultPda(config, programAddress), findBondVaultPda(config, programAddress)]);
  return { config, rewardVault, bondVault };
}

/** `wallet`'s associated token account of `mint` under `tokenProgram`. */
export async function findAssociatedTokenAddress(wallet: Address, mint: Address, tokenProgram: Address): Promise<Address> {
  const encoder = getAddressEncoder();
  const [address] = await getProgramDerivedAddress({
    programAddress: ASSOCIATED_TOKEN_PROGRAM_ADDRESS,
    seeds: [encoder.encode(wallet), encoder.encode(tokenProgram), encoder.encode(mint)],
  });
  return address;
}
