/**
 * LiteSVM set-up for program tests: a fresh VM with Keel programs loaded from
 * `programs/deploy/<name>.so` at their localnet ids, and funded signers.
 */
import path from 'node:path';
import { existsSync } from 'node:fs';
import { type Address, address, generateKeyPairSigner, type KeyPairSigner, lamports } from '@solana/kit';
import { LiteSVM } from 'litesvm';
import { LOCALNET_PROGRAM_IDS, type ProgramName } from '@/lib/config/programs';

export const DEPLOY_DIR = path.resolve(__dirname, '..', 'deploy');
export const LAMPORTS_PER_SOL = 1_000_000_000n;

/** Localnet address of a Keel program. */
export function programAddress(name: ProgramName): Address {
  return address(LOCALNET_PROGRAM_IDS[name]);
}

/** Path of a compiled program; throws with the build command if it is missing. */
export function programPath(name: ProgramName): string {
  const file = path.join(DEPLOY_DIR, `${name}.so`);
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build:programs\``);
  return file;
}

/** A LiteSVM with the builtins, SPL Token / Token-2022 / ATA, sysvars and the named Keel programs. */
export function createSvm(programs: ProgramName[] = []): LiteSVM {
  const svm = new LiteSVM();
  for (const name of programs) svm.addProgramFromFile(programAddress(name), programPath(name));
  return svm;
}

/** A new keypair signer holding `sol` SOL. */
export async function fundedSigner(svm: LiteSVM, sol = 10n): Promise<KeyPairSigner> {
  const signer = await generateKeyPairSigner();
  svm.airdrop(signer.address, lamports(sol * LAMPORTS_PER_SOL));
  return signer;
}

/** A fresh random address (no account behind it). */
export async function randomAddress(): Promise<Address> {
  return (await generateKeyPairSigner()).address;
}
