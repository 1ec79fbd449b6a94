/**
 * Seeds the demo on a local chain: the KEEL token (lib/token) at the fixed demo
 * keypairs, the staking config for it (initialised in the mint's own
 * transaction, with the treasury as its authority), the dev faucet's float,
 * dev holders staking on different tiers, a reward deposit and a funded
 * stream (lib/demo/plan.ts). Works on any `Web3Target`: from inside the chain
 * process at genesis (`seedKeelDemo`), or over RPC on a chain that predates
 * the demo (`ensureDemo`).
 */
import {
  createAssociatedTokenAccountIdempotentInstruction,
  createTransferCheckedInstruction,
  getAssociatedTokenAddressSync,
} from '@solana/spl-token';
import { PublicKey, type TransactionInstruction } from '@solana/web3.js';
import {
  getDepositRewardsInstruction,
  getFundStreamInstruction,
  getInitializeInstructions,
  getSetAutoCompoundInstruction,
  getStakeInstruction,
  findPositionPda,
  stakingAddresses,
} from '@/lib/programs/staking';
import { createKeelToken, type KeelToken } from '@/lib/token/create-keel-token';
import { KEEL_DECIMALS } from '@/lib/token/keel-token';
import { tokenProgramId } from '@/lib/token/token-programs';
import type { Web3Target } from '@/lib/token/web3-target';
import { DEMO_MINT } from './addresses';
import { demoMakersInitializeInstruction } from './makers';
import { demoKeypair, devKeypair } from './keys';
import { DEMO_PLAN, type DemoPlan } from './plan';

export interface SeedDemoOptions {
  /** Pays every fee; must be the dev `authority` (the treasury that owns the vaults). */
  target: Web3Target;
  plan?: DemoPlan;
  /** False when the staking program is not deployed: only the token is created. */
  staking?: boolean;
  /** Initialise the makers config in the mint's transaction (the makers program is deployed; `lib/demo/makers.ts` seeds the season later). */
  makers?: boolean;
  log?: (message: string) => void;
}

export interface DemoSeedResult {
  token: KeelToken;
  staked: bigint;
}

export async function seedDemo({ target, plan = DEMO_PLAN, staking = true, makers = false, log = () => {} }: SeedDemoOptions): Promise<DemoSeedResult> {
  const treasury = devKeypair('authority');
  if (!target.payer.equals(treasury.publicKey)) throw new Error('seedDemo: the target must pay with the dev authority (the demo treasury)');
  const mintKey = demoKeypair('mint');
  const programId = tokenProgramId(plan.tokenProgram);
  const token = await createKeelToken({
    target,
    tokenProgram: plan.tokenProgram,
    mint: mintKey,
    reserveVault: demoKeypair('reserveVault'),
    seasonVault: demoKeypair('seasonVault'),
    mintAuthority: treasury,
    vaultAuthority: treasury.publicKey,
    // Both initialize instructions are permissionless (the first caller becomes the authority): in the mint's own transaction.
    withMint: [
      ...(staking ? getInitializeInstructions({ payer: treasury.publicKey, mint: mintKey.publicKey, tokenProgram: programId }) : []),
      ...(makers ? [demoMakersInitializeInstruction(programId)] : []),
    ],
  });
  log(`KEEL mint ${token.mint.toBase58()} (${plan.tokenProgram}), reserve ${token.reserveVault.toBase58()}, season ${token.seasonVault.toBase58()}`);

  const mint = token.mint;
  const fromSeason = (to: PublicKey, amount: bigint) =>
    createTransferCheckedInstruction(token.seasonVault, mint, to, treasury.publicKey, amount, KEEL_DECIMALS, [], programId);
  const ata = (owner: PublicKey) => getAssociatedTokenAddressSync(mint, owner, false, programId);
  const createAta = (owner: PublicKey) => createAssociatedTokenAccountIdempotentInstruction(treasury.publicKey, ata(owner), owner, mint, programId);

  // The faucet float and every holder's balance in one transaction.
  const fund: TransactionInstruction[] = [createAta(treasury.publicKey), fromSeason(ata(treasury.publicKey), plan.faucetFloat)];
  for (const holder of plan.holders) {
    const owner = devKeypair(holder.name).publicKey;
    fund.push(createAta(owner), fromSeason(ata(owner), holder.holding));
  }
  await target.send(fund);
  log(`faucet float and holders funded: ${plan.holders.map((h) => h.name).join(', ')}`);
  if (!staking) return { token, staked: 0n };

  let staked = 0n;
  for (const holder of plan.holders) {
    const owner = devKeypair(holder.name);
    const instructions = holder.positions.flatMap((p, id) => {
      staked += p.amount;
      const stake = getStakeInstruction({
        mint,
        owner: owner.publicKey,
        ownerToken: ata(owner.publicKey),
        tokenProgram: programId,
        tier: p.tier,
        amount: p.amount,
        positionId: id,
      });
      if (!p.autoCompound) return [stake];
      const [position] = findPositionPda(stakingAddresses(mint).config, owner.publicKey, id);
      return [stake, getSetAutoCompoundInstruction({ mint, owner: owner.publicKey, position, enabled: true })];
    });
    await target.send(instructions, [owner]);
  }
  log(`staked ${positionCount(plan)} positions`);

  await target.send([
    getDepositRewardsInstruction({ mint, depositor: treasury.publicKey, depositorToken: token.seasonVault, tokenProgram: programId, amount: plan.deposit }),
    getFundStreamInstruction({
      mint,
      authority: treasury.publicKey,
      authorityToken: token.seasonVault,
      tokenProgram: programId,
      amount: plan.stream.amount,
      durationSecs: plan.stream.durationSecs,
    }),
  ]);
  log(`rewards deposited and a ${plan.stream.durationSecs / 86_400n}-day stream funded`);
  return { token, staked };
}

function positionCount(plan: DemoPlan): number {
  return plan.holders.reduce((n, h) => n + h.positions.length, 0);
}

/** Seeds the demo unless its mint already exists; resolves to whether it seeded. */
export async function ensureDemo(options: SeedDemoOptions): Promise<boolean> {
  if (await options.target.exists(new PublicKey(DEMO_MINT))) return false;
  await seedDemo(options);
  return true;
}
