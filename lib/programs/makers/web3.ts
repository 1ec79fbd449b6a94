/**
 * The makers builders for web3.js callers: the demo seed, the reporter service
 * and governance actions, which hold `Keypair`s and `PublicKey`s and send
 * web3.js transactions. PublicKeys in, `TransactionInstruction`s out, over the
 * generated kit builders; every account is passed explicitly (PDAs derived
 * here, synchronously, with the seeds of `interface/state`), so another
 * deployment's program id works too. Signers are placeholders (kit noop
 * signers): web3.js signs the transaction.
 */
import { address, type Address, createNoopSigner, type Instruction } from '@solana/kit';
import { PublicKey, type TransactionInstruction } from '@solana/web3.js';
import {
  type ConfigUpdateArgs,
  type FillArgs,
  getFundInstruction,
  getInitializeInstruction,
  getRecordFillsInstruction,
  getRegisterInstruction,
  getRolloverInstruction,
  getUpdateConfigInstruction,
  getUpdatePerformanceInstruction,
  MAKERS_PROGRAM_ADDRESS,
  type UpdatePerformanceInstructionDataArgs,
} from '@/lib/programs/generated/makers';
import { textSeed } from '@/lib/programs/shared/seeds';
import { toWeb3Instruction } from '@/lib/programs/shared/web3';

/** Localnet id (programs/keys/makers-keypair.json). */
export const MAKERS_PROGRAM_ID = new PublicKey(MAKERS_PROGRAM_ADDRESS);

/** One makers deployment: the program and the addresses of a mint's config and vaults. */
export interface MakersKeys {
  programId: PublicKey;
  mint: PublicKey;
  /** `["config", mint]`. */
  config: PublicKey;
  /** `["reward_vault", config]`. */
  rewardVault: PublicKey;
  /** `["bond_vault", config]`. */
  bondVault: PublicKey;
}

export function makersKeys(mint: PublicKey, programId: PublicKey = MAKERS_PROGRAM_ID): MakersKeys {
  const pda = (...seeds: Uint8Array[]) => PublicKey.findProgramAddressSync(seeds, programId)[0];
  const config = pda(textSeed('config'), mint.toBytes());
  return { programId, mint, config, rewardVault: pda(textSeed('reward_vault'), config.toBytes()), bondVault: pda(textSeed('bond_vault'), config.toBytes()) };
}

/** `["maker", config, wallet]`: a wallet's maker account. */
export function makerKey(keys: MakersKeys, wallet: PublicKey): PublicKey {
  return PublicKey.findProgramAddressSync([textSeed('maker'), keys.config.toBytes(), wallet.toBytes()], keys.programId)[0];
}

const kit = (key: PublicKey): Address => address(key.toBase58());
const signer = (key: PublicKey) => createNoopSigner(kit(key));
const web3 = (keys: MakersKeys, build: (programAddress: Address) => Instruction): TransactionInstruction => toWeb3Instruction(build(kit(keys.programId)));

/** Creates the config and vaults of `keys.mint`; the payer becomes the authority. Send it with the mint's creation. */
export function makersInitializeInstruction(i: { keys: MakersKeys; payer: PublicKey; tokenProgram: PublicKey; reporter: PublicKey }): TransactionInstruction {
  return web3(i.keys, (programAddress) =>
    getInitializeInstruction(
      {
        payer: signer(i.payer),
        config: kit(i.keys.config),
        mint: kit(i.keys.mint),
        rewardVault: kit(i.keys.rewardVault),
        bondVault: kit(i.keys.bondVault),
        tokenProgram: kit(i.tokenProgram),
        reporter: kit(i.reporter),
      },
      { programAddress },
    ),
  );
}

/** One parameter group, signed by the config's authority (the governance PDA once governance holds it). */
export function makersUpdateConfigInstruction(i: { keys: MakersKeys; authority: PublicKey; update: ConfigUpdateArgs; treasury?: PublicKey }): TransactionInstruction {
  return web3(i.keys, (programAddress) =>
    getUpdateConfigInstruction(
      { authority: signer(i.authority), config: kit(i.keys.config), treasury: i.treasury ? kit(i.treasury) : undefined, update: i.update },
      { programAddress },
    ),
  );
}

/** Moves `amount` from the funder's token account into the current (0) or next (1) season's budget. */
export function makersFundInstruction(i: {
  keys: MakersKeys;
  funder: PublicKey;
  funderToken: PublicKey;
  tokenProgram: PublicKey;
  amount: bigint;
  target: 0 | 1;
}): TransactionInstruction {
  return web3(i.keys, (programAddress) =>
    getFundInstruction(
      {
        funder: signer(i.funder),
        config: kit(i.keys.config),
        funderToken: kit(i.funderToken),
        rewardVault: kit(i.keys.rewardVault),
        mint: kit(i.keys.mint),
        tokenProgram: kit(i.tokenProgram),
        amount: i.amount,
        target: i.target,
      },
      { programAddress },
    ),
  );
}

/** Registers `wallet` (it pays the maker account's rent); with a bond, from `walletToken`. */
export function makersRegisterInstruction(i: {
  keys: MakersKeys;
  wallet: PublicKey;
  bond: bigint;
  walletToken?: PublicKey;
  tokenProgram?: PublicKey;
}): TransactionInstruction {
  const bonded = i.bond > 0n;
  if (bonded && (!i.walletToken || !i.tokenProgram)) throw new Error('makersRegisterInstruction: a bond needs walletToken and tokenProgram');
  return web3(i.keys, (programAddress) =>
    getRegisterInstruction(
      {
        wallet: signer(i.wallet),
        config: kit(i.keys.config),
        maker: kit(makerKey(i.keys, i.wallet)),
        ...(bonded
          ? { walletToken: kit(i.walletToken!), bondVault: kit(i.keys.bondVault), mint: kit(i.keys.mint), tokenProgram: kit(i.tokenProgram!) }
          : { bondVault: undefined }),
        bond: i.bond,
      },
      { programAddress },
    ),
  );
}

/** The reporter's batch: `makers` are maker accounts (not wallets); each fill names one by index. */
export function makersRecordFillsInstruction(i: { keys: MakersKeys; reporter: PublicKey; sequence: bigint; fills: FillArgs[]; makers: PublicKey[] }): TransactionInstruction {
  return web3(i.keys, (programAddress) =>
    getRecordFillsInstruction(
      { reporter: signer(i.reporter), config: kit(i.keys.config), sequence: i.sequence, fills: i.fills, makers: i.makers.map(kit) },
      { programAddress },
    ),
  );
}

/** Starts the next season once the current one has ended (anyone); `treasury` with the return policy. */
export function makersRolloverInstruction(i: { keys: MakersKeys; tokenProgram: PublicKey; treasury?: PublicKey }): TransactionInstruction {
  return web3(i.keys, (programAddress) =>
    getRolloverInstruction(
      {
        config: kit(i.keys.config),
        rewardVault: kit(i.keys.rewardVault),
        mint: kit(i.keys.mint),
        tokenProgram: kit(i.tokenProgram),
        treasury: i.treasury ? kit(i.treasury) : undefined,
      },
      { programAddress },
    ),
  );
}

/** The reporter's performance report for one maker account and `period` (above the maker's last). */
export function makersUpdatePerformanceInstruction(
  i: { keys: MakersKeys; reporter: PublicKey; maker: PublicKey } & UpdatePerformanceInstructionDataArgs,
): TransactionInstruction {
  return web3(i.keys, (programAddress) =>
    getUpdatePerformanceInstruction(
      {
        reporter: signer(i.reporter),
        config: kit(i.keys.config),
        maker: kit(i.maker),
        executionVolume: i.executionVolume,
        spreadEfficiencyBps: i.spreadEfficiencyBps,
        orderFlowBps: i.orderFlowBps,
        period: i.period,
      },
      { programAddress },
    ),
  );
}
