/**
 * What the genesis seed (seed.ts) gets to work with. Later issues add the demo
 * token, staking pool and governance data through `send`, so everything they
 * create lands as ordinary transactions in the ledger.
 */
import { createKeyPairSignerFromPrivateKeyBytes, type Instruction, type KeyPairSigner } from '@solana/kit';
import type { LiteSVM } from 'litesvm';
import { LOCALNET_PROGRAM_IDS, type ProgramName } from '@/lib/config/programs';
import type { LocalChain } from './chain';
import type { DeployedProgram } from './deploy';
import { seedBytes, type DevAccount } from './dev-accounts';
import { airdrop } from './faucet';
import { sendInstructions } from './kit-send';

export interface SeedContext {
  chain: LocalChain;
  /** The LiteSVM instance, for what transactions cannot do (setAccount). */
  svm: LiteSVM;
  /** Localnet program ids by name, deployed or not. */
  programIds: Record<ProgramName, string>;
  /** The programs actually loaded from programs/deploy/. */
  deployed: DeployedProgram[];
  /** Sends instructions as a transaction paid by `payer`; resolves to the signature. */
  send(payer: KeyPairSigner, instructions: readonly Instruction[]): Promise<string>;
  airdrop(to: string, lamports: bigint): Promise<string>;
  /** A kit signer for a well-known dev account. */
  signer(account: DevAccount): Promise<KeyPairSigner>;
  log(message: string): void;
}

export function seedContext(chain: LocalChain, deployed: DeployedProgram[], log: (m: string) => void): SeedContext {
  return {
    chain,
    svm: chain.svm,
    programIds: { ...LOCALNET_PROGRAM_IDS },
    deployed,
    send: (payer, instructions) => sendInstructions(chain, payer, instructions),
    airdrop: (to, lamports) => airdrop(chain, to, lamports),
    signer: (account) => createKeyPairSignerFromPrivateKeyBytes(seedBytes(account)),
    log,
  };
}
