/**
 * Governance on the local chain's demo (localnet only: the dev keys are public).
 *
 * `seedGovernanceDemo` runs after the staking demo (lib/demo/seed-demo.ts),
 * once the dev treasury has done what only the staking authority may (open
 * the pool, fund the reward stream). In one transaction it initialises
 * governance for the demo staking config with the default rules (7-day vote,
 * 3-day timelock, quorum 10 %, approval 66 %, 10,000 voting power to propose,
 * 1,000 to vote), hands the staking authority and vote authority to the
 * governance authority PDA (staking's two-step hand-over: the dev authority
 * proposes the PDA for both, governance's `accept_staking_authority` accepts
 * both; no proposal could do it, since no vote counts before governance is the
 * vote authority), and funds the treasury (the PDA's token account) from the
 * season vault. Then it files three demo proposals so the pages show
 * real ones: a parameter change in voting (bob for, carol against), a
 * text-only signal in voting (alice for) and a treasury grant left as carol's
 * draft.
 *
 * From then on only executed proposals change staking parameters or fund the
 * stream. `passProposal` plays a whole proposal through over RPC for tests and
 * preconditions (bob proposes and votes, the clock is warped past the vote and
 * the timelock, anyone finalizes, queues and executes): `refillStreamThroughGovernance`
 * and `restoreDemoStakingParameters` use it.
 */
import { createAssociatedTokenAccountIdempotentInstruction, createTransferCheckedInstruction, getAssociatedTokenAddressSync } from '@solana/spl-token';
import { type Connection, type Keypair, PublicKey, SYSVAR_CLOCK_PUBKEY, type TransactionInstruction } from '@solana/web3.js';
import { proposerBacking } from '@/lib/governance/voter';
import { DEMO_DOCUMENTS, demoDocumentUri, type GovernanceDocument } from '@/lib/governance/documents';
import { sha256 } from '@/lib/governance/description';
import {
  decodeGovernanceConfig,
  decodeProposal,
  findProposalPda,
  getActivateInstructions,
  getAddActionInstruction,
  getCastVoteInstruction,
  getCreateProposalInstruction,
  getExecuteInstruction,
  getFinalizeInstruction,
  getHandOverInstructions,
  getInitializeInstruction,
  getQueueInstruction,
  governanceAddresses,
  type ProposalType,
  stakingConfigAction,
  treasuryRewardStreamAction,
  treasuryTransferAction,
  type VoteSide,
  decodeAction,
  findActionPda,
} from '@/lib/programs/governance';
import { type ConfigUpdate } from '@/lib/programs/staking/instructions/updateConfig';
import { decodeConfig, decodePosition, decodeStaker, findPositionPda, findStakerPda, getStakeInstruction, getSyncInstruction, type StakingConfig } from '@/lib/programs/staking';
import { callRpc } from '@/lib/solana/rpc';
import { fetchChainUnixTime } from '@/lib/staking/clock-sysvar';
import type { Position } from '@/lib/staking/types';
import { KEEL_DECIMALS, KEEL_UNIT, keel } from '@/lib/token/keel-token';
import { connectionTarget, type Web3Target } from '@/lib/token/web3-target';
import type { SeedContext } from '@/lib/localnet/seed-context';
import { DEMO_MINT, DEMO_SEASON_VAULT } from './addresses';
import { devKeypair } from './keys';
import { DEMO_PLAN } from './plan';

const mint = new PublicKey(DEMO_MINT);
const gov = governanceAddresses({ mint });

/** What the seed moves from the season vault into the governance treasury. */
export const DEMO_TREASURY_FUNDING = keel(1_000_000);

/** The staking parameters the demo runs with (the staking program's defaults). */
export const DEMO_STAKING_PARAMETERS = { penaltyBps: 1_000, minStake: keel(100), maxStakePerWallet: keel(1_000_000), paused: false } as const;

export interface SeedGovernanceOptions {
  /** Pays every fee; must be the dev `authority` (the staking config's authority until the hand-over). */
  target: Web3Target;
  /** The KEEL mint's token program. */
  tokenProgram: PublicKey;
  /** Reads an account's data (null when missing): the chain itself at genesis, else RPC. */
  readAccount: AccountReader;
  /** Whether to file the demo proposals (default true). */
  proposals?: boolean;
  log?: (message: string) => void;
}

export type AccountReader = (address: PublicKey) => Promise<Uint8Array | null>;

/** An `AccountReader` over RPC. */
export const rpcReader =
  (connection: Connection): AccountReader =>
  async (address) =>
    (await connection.getAccountInfo(address, 'confirmed'))?.data ?? null;

export async function seedGovernanceDemo({ target, tokenProgram, readAccount, proposals = true, log = () => {} }: SeedGovernanceOptions): Promise<void> {
  const treasury = devKeypair('authority');
  if (!target.payer.equals(treasury.publicKey)) throw new Error('seedGovernanceDemo: the target must pay with the dev authority (the staking authority)');
  await target.send([
    getInitializeInstruction({ payer: treasury.publicKey, mint, tokenProgram }),
    ...getHandOverInstructions({ mint, currentAuthority: treasury.publicKey }),
    createTransferCheckedInstruction(new PublicKey(DEMO_SEASON_VAULT), mint, gov.treasury, treasury.publicKey, DEMO_TREASURY_FUNDING, KEEL_DECIMALS, [], tokenProgram),
  ]);
  log(`governance ${gov.governance.toBase58()} holds the staking authority; treasury ${gov.treasury.toBase58()} funded`);
  if (!proposals) return;

  const [bob, alice, carol] = [devKeypair('bob'), devKeypair('alice'), devKeypair('carol')];
  const read = readers(readAccount);
  const config = await read.stakingConfig();
  const now = await read.now();

  let id = 0n;
  const file = async (p: { proposer: Keypair; type: ProposalType; title: string; doc: GovernanceDocument; actions: TransactionInstruction[]; activate: boolean }) => {
    const positions = await read.positions(p.proposer.publicKey);
    const backing = proposerBacking(config, positions, now, 0n).positions.map((x) => x.address);
    const [proposal] = findProposalPda(gov.governance, id);
    await target.send(
      [
        getCreateProposalInstruction({
          mint,
          proposer: p.proposer.publicKey,
          payer: treasury.publicKey,
          id,
          type: p.type,
          title: p.title,
          uri: demoDocumentUri(p.doc),
          descriptionHash: await sha256(p.doc.text),
          positions: backing,
        }),
        ...p.actions.map((action, index) => getAddActionInstruction({ mint, proposer: p.proposer.publicKey, payer: treasury.publicKey, proposal, index, action })),
        ...(p.activate ? getActivateInstructions({ mint, proposer: p.proposer.publicKey, proposal }) : []),
      ],
      [p.proposer],
    );
    id += 1n;
    return proposal;
  };
  const vote = async (voter: Keypair, proposal: PublicKey, side: VoteSide) => {
    const positions = (await read.positions(voter.publicKey)).map((p) => p.address);
    // Governance was initialised above with the default (linear) weighting.
    await target.send([getSyncInstruction({ mint }), getCastVoteInstruction({ mint, voter: voter.publicKey, proposal, weighting: 'linear', side, positions })], [voter]);
  };

  const cap = await file({
    proposer: bob,
    type: 'parameter-change',
    title: 'Raise the per-wallet stake cap to 2,000,000 KEEL',
    doc: DEMO_DOCUMENTS.walletCap,
    actions: [stakingConfigAction({ mint, update: { field: 'stakeLimits', minStake: config.minStake, maxStakePerWallet: keel(2_000_000) } })],
    activate: true,
  });
  await vote(bob, cap, 'for');
  await vote(carol, cap, 'against');

  const signal = await file({ proposer: alice, type: 'text-only', title: 'Signal: season 2 incentives focus on SOL/USDC depth', doc: DEMO_DOCUMENTS.season2, actions: [], activate: true });
  await vote(alice, signal, 'for');

  const carolKeel = getAssociatedTokenAddressSync(mint, carol.publicKey, false, tokenProgram);
  await file({
    proposer: carol,
    type: 'treasury-spending',
    title: 'Grant 50,000 KEEL for market-maker onboarding',
    doc: DEMO_DOCUMENTS.onboardingGrant,
    actions: [treasuryTransferAction({ mint, tokenProgram, destination: carolKeel, amount: keel(50_000) })],
    activate: false,
  });
  log('governance demo proposals: a parameter change and a signal in voting, a treasury grant in draft');
}

/** The reads the seed and `passProposal` need, over any `AccountReader`. */
function readers(readAccount: AccountReader) {
  const must = async (address: PublicKey, what: string) => {
    const data = await readAccount(address);
    if (!data) throw new Error(`governance demo: ${what} ${address.toBase58()} is missing`);
    return data;
  };
  return {
    stakingConfig: async (): Promise<StakingConfig> => decodeConfig(await must(gov.stakingConfig, 'the staking config')),
    now: async (): Promise<bigint> => {
      const data = await must(SYSVAR_CLOCK_PUBKEY, 'the Clock sysvar');
      return new DataView(data.buffer, data.byteOffset, data.byteLength).getBigInt64(32, true);
    },
    /** The owner's open positions: ids below its staker record's next id whose account exists. */
    async positions(owner: PublicKey): Promise<Position[]> {
      const staker = await readAccount(findStakerPda(gov.stakingConfig, owner)[0]);
      if (!staker) return [];
      const { nextPositionId } = decodeStaker(staker);
      const out: Position[] = [];
      for (let id = 0; id < nextPositionId; id++) {
        const address = findPositionPda(gov.stakingConfig, owner, id)[0];
        const data = await readAccount(address);
        if (data) out.push({ ...decodePosition(data), address });
      }
      return out;
    },
  };
}

/** The genesis hook (lib/demo/seed-keel-demo.ts, after the staking demo): governance when its program is deployed. */
export async function seedGovernanceAtGenesis(ctx: SeedContext): Promise<void> {
  if (!ctx.deployed.some((p) => p.name === 'governance')) {
    ctx.log('the governance program is not deployed: the dev treasury keeps the staking authority');
    return;
  }
  // Imported here: the in-process target pulls in the chain, which RPC users of this file (e2e) do not need.
  const { localChainTarget } = await import('./local-chain-target');
  const readAccount: AccountReader = async (address) => ctx.chain.account(address.toBase58())?.data ?? null;
  const mintAccount = ctx.chain.account(mint.toBase58());
  if (!mintAccount) throw new Error('seedGovernanceAtGenesis: the demo mint is missing');
  await seedGovernanceDemo({
    target: localChainTarget(ctx.chain, devKeypair('authority')),
    tokenProgram: new PublicKey(mintAccount.owner),
    readAccount,
    log: ctx.log,
  });
}

// ------------------------------------------------------------------ over RPC

/** Seeds governance on a chain whose demo predates it (e2e on a long-lived chain); resolves to whether it seeded. */
export async function ensureGovernanceDemo({ connection }: { connection: Connection }): Promise<boolean> {
  if (await connection.getAccountInfo(gov.governance, 'confirmed')) return false;
  const info = await connection.getAccountInfo(gov.stakingConfig, 'confirmed');
  if (!info) throw new Error('ensureGovernanceDemo: the demo staking config is missing; run prepareDemo first');
  const config = decodeConfig(info.data);
  const treasury = devKeypair('authority');
  if (!config.authority.equals(treasury.publicKey)) throw new Error('ensureGovernanceDemo: the staking authority is neither the dev treasury nor governance');
  await seedGovernanceDemo({ target: connectionTarget(connection, treasury), tokenProgram: config.tokenProgram, readAccount: rpcReader(connection) });
  return true;
}

async function warp(connection: Connection, seconds: bigint) {
  if (seconds > 0n) await callRpc(connection.rpcEndpoint, 'keel_warpTime', [{ seconds: Number(seconds) }]);
}

export interface PassProposalOptions {
  connection: Connection;
  title: string;
  type: ProposalType;
  actions: TransactionInstruction[];
  /** Proposes and votes (default bob, the demo's largest staker). */
  proposer?: Keypair;
  log?: (message: string) => void;
}

/**
 * Plays a proposal through on the local chain over RPC: create, add actions,
 * open, vote for with every position of the proposer, warp past the vote,
 * finalize, queue, warp past the timelock, execute. Moves the chain clock
 * forward by the voting period plus the timelock (10 days by default).
 */
export async function passProposal({ connection, title, type, actions, proposer = devKeypair('bob'), log = () => {} }: PassProposalOptions): Promise<PublicKey> {
  const treasury = devKeypair('authority');
  const target = connectionTarget(connection, treasury);
  const governance = decodeGovernanceConfig((await connection.getAccountInfo(gov.governance, 'confirmed'))!.data);
  await topUpToQuorum({ connection, voter: proposer, quorumBps: governance.quorumBps });
  const config = decodeConfig((await connection.getAccountInfo(gov.stakingConfig, 'confirmed'))!.data);
  const positions = await readers(rpcReader(connection)).positions(proposer.publicKey);
  const now = await fetchChainUnixTime(connection);
  const backing = proposerBacking(config, positions, now, governance.minProposalPower);
  if (!backing.enough) throw new Error(`passProposal: ${proposer.publicKey.toBase58()} lacks the power to propose`);
  const id = governance.proposalCount;
  const [proposal] = findProposalPda(gov.governance, id);
  const signers = [proposer];
  await target.send(
    [
      getCreateProposalInstruction({
        mint,
        proposer: proposer.publicKey,
        payer: treasury.publicKey,
        id,
        type,
        title,
        uri: '',
        descriptionHash: new Uint8Array(32),
        positions: backing.positions.map((p) => p.address),
      }),
    ],
    signers,
  );
  for (const [index, action] of actions.entries()) {
    await target.send([getAddActionInstruction({ mint, proposer: proposer.publicKey, payer: treasury.publicKey, proposal, index, action })], signers);
  }
  await target.send(getActivateInstructions({ mint, proposer: proposer.publicKey, proposal }), signers);
  await target.send([getSyncInstruction({ mint }), getCastVoteInstruction({ mint, voter: proposer.publicKey, proposal, weighting: governance.voteWeighting, side: 'for', positions: positions.map((p) => p.address) })], signers);

  const read = async () => decodeProposal((await connection.getAccountInfo(proposal, 'confirmed'))!.data);
  let p = await read();
  await warp(connection, p.endTs - (await fetchChainUnixTime(connection)) + 1n);
  await target.send([getFinalizeInstruction({ proposal })]);
  p = await read();
  if (p.state !== 'succeeded') throw new Error(`passProposal: proposal #${id} was ${p.state} (for ${p.tallies.for}, quorum ${p.quorumPower}/${p.quorumRequired})`);
  await target.send([getQueueInstruction({ proposal })]);
  p = await read();
  if (p.state === 'queued') {
    await warp(connection, p.etaTs - (await fetchChainUnixTime(connection)) + 1n);
    for (const index of p.actionIndices) {
      const action = decodeAction((await connection.getAccountInfo(findActionPda(proposal, index)[0], 'confirmed'))!.data);
      // A staking action that settles (fund_stream) walks the schedule: sync first, as the portal does.
      await target.send([getSyncInstruction({ mint }), getExecuteInstruction({ mint, proposal, action })]);
    }
  }
  log(`proposal #${id} "${title}" executed`);
  return proposal;
}

/**
 * On a long-lived chain the total voting power grows with every test run
 * (positions left behind) while a demo holder's power falls once its lock
 * ends, so the holder may no longer reach the quorum alone. Then it stakes
 * what is missing from the season vault on the longest tier: with q the
 * quorum, m that tier's multiplier, P its power and T the total,
 * P + s·m ≥ q·(T + s·m) ⇔ s ≥ (q·T − P) / (m·(1 − q)), plus a tenth.
 */
async function topUpToQuorum({ connection, voter, quorumBps }: { connection: Connection; voter: Keypair; quorumBps: number }) {
  const read = readers(rpcReader(connection));
  const config = await read.stakingConfig();
  const now = await read.now();
  const positions = await read.positions(voter.publicKey);
  const power = proposerBacking(config, positions, now, 0n).totalPower;
  const q = BigInt(quorumBps);
  const tier = config.tiers.length - 1;
  const m = BigInt(config.tiers[tier]!.multiplierBps);
  const shortfall = q * config.totalVotingPower - power * 10_000n;
  if (shortfall <= 0n) return;
  const amount = ((shortfall * 10_000n) / (m * (10_000n - q)) / KEEL_UNIT + 1n) * KEEL_UNIT * 11n / 10n;
  const staker = await readAccount(connection, findStakerPda(gov.stakingConfig, voter.publicKey)[0]);
  const positionId = staker ? decodeStaker(staker).nextPositionId : 0;
  const ata = getAssociatedTokenAddressSync(mint, voter.publicKey, false, config.tokenProgram);
  const treasury = devKeypair('authority');
  await connectionTarget(connection, treasury).send(
    [
      createAssociatedTokenAccountIdempotentInstruction(treasury.publicKey, ata, voter.publicKey, mint, config.tokenProgram),
      createTransferCheckedInstruction(new PublicKey(DEMO_SEASON_VAULT), mint, ata, treasury.publicKey, amount, KEEL_DECIMALS, [], config.tokenProgram),
      getSyncInstruction({ mint }),
      getStakeInstruction({ mint, owner: voter.publicKey, ownerToken: ata, tokenProgram: config.tokenProgram, tier, amount, positionId }),
    ],
    [voter],
  );
}

const readAccount = async (connection: Connection, address: PublicKey) => rpcReader(connection)(address);

/**
 * Vote-locks `voter`'s positions the only way there is once governance holds
 * the staking vote authority: a vote. Bob opens a text-only proposal and the
 * voter votes on it with every position (together at least the minimum vote
 * power, 1,000); staking then refuses to unstake them until the vote can no
 * longer change. The voter pays its vote records' rent. Resolves to the
 * proposal and the end of the lock (unix seconds).
 */
export async function voteOnDemoProposal({ connection, voter, side = 'abstain' }: { connection: Connection; voter: Keypair; side?: VoteSide }) {
  const treasury = devKeypair('authority');
  const target = connectionTarget(connection, treasury);
  const read = readers(rpcReader(connection));
  const bob = devKeypair('bob');
  const governance = decodeGovernanceConfig((await connection.getAccountInfo(gov.governance, 'confirmed'))!.data);
  const backing = proposerBacking(await read.stakingConfig(), await read.positions(bob.publicKey), await read.now(), governance.minProposalPower);
  const id = governance.proposalCount;
  const [proposal] = findProposalPda(gov.governance, id);
  await target.send(
    [
      getCreateProposalInstruction({
        mint,
        proposer: bob.publicKey,
        payer: treasury.publicKey,
        id,
        type: 'text-only',
        title: 'Signal (dev): vote-lock test',
        uri: '',
        descriptionHash: new Uint8Array(32),
        positions: backing.positions.map((p) => p.address),
      }),
      ...getActivateInstructions({ mint, proposer: bob.publicKey, proposal }),
    ],
    [bob],
  );
  const positions = (await read.positions(voter.publicKey)).map((p) => p.address);
  await target.send([getSyncInstruction({ mint }), getCastVoteInstruction({ mint, voter: voter.publicKey, proposal, weighting: governance.voteWeighting, side, positions })], [voter]);
  const p = decodeProposal((await connection.getAccountInfo(proposal, 'confirmed'))!.data);
  return { proposal, lockedUntil: p.endTs + (p.extended ? 0n : p.extensionSecs) };
}

/** Funds the reward stream from the governance treasury (fund_stream needs the staking authority, which governance holds). */
export async function refillStreamThroughGovernance({ connection, amount = DEMO_PLAN.stream.amount, durationSecs = DEMO_PLAN.stream.durationSecs }: { connection: Connection; amount?: bigint; durationSecs?: bigint }) {
  const config = decodeConfig((await connection.getAccountInfo(gov.stakingConfig, 'confirmed'))!.data);
  return passProposal({
    connection,
    type: 'treasury-spending',
    title: 'Refill the reward stream (dev)',
    actions: [treasuryRewardStreamAction({ mint, tokenProgram: config.tokenProgram, amount, durationSecs })],
  });
}

/** Puts the penalty, stake limits and pause flag back to the demo's values through a proposal, when a test changed them. */
export async function restoreDemoStakingParameters({ connection }: { connection: Connection }): Promise<boolean> {
  const config = decodeConfig((await connection.getAccountInfo(gov.stakingConfig, 'confirmed'))!.data);
  const want = DEMO_STAKING_PARAMETERS;
  const updates: ConfigUpdate[] = [];
  if (config.penaltyBps !== want.penaltyBps) updates.push({ field: 'penaltyBps', penaltyBps: want.penaltyBps });
  if (config.minStake !== want.minStake || config.maxStakePerWallet !== want.maxStakePerWallet) {
    updates.push({ field: 'stakeLimits', minStake: want.minStake, maxStakePerWallet: want.maxStakePerWallet });
  }
  if (config.paused !== want.paused) updates.push({ field: 'paused', paused: want.paused });
  if (updates.length === 0) return false;
  await passProposal({
    connection,
    type: 'parameter-change',
    title: 'Restore the demo staking parameters (dev)',
    actions: updates.map((update) => stakingConfigAction({ mint, update })),
  });
  return true;
}
