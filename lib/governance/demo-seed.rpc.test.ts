/**
 * The governance part of the local chain's demo (lib/demo/governance.ts): the
 * genesis seed hands the staking authority to governance, funds the treasury
 * and files the demo proposals; a chain that predates it gets the same over
 * RPC; a proposal played through with time warps changes staking for real.
 */
import { getAccount } from '@solana/spl-token';
import { PublicKey } from '@solana/web3.js';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_MINT, DEMO_RESERVE_VAULT } from '@/lib/demo/addresses';
import { DEMO_TREASURY_FUNDING, ensureGovernanceDemo, passProposal, refillStreamThroughGovernance, restoreDemoStakingParameters, voteOnDemoProposal } from '@/lib/demo/governance';
import { devKeypair } from '@/lib/demo/keys';
import { ensureDemo } from '@/lib/demo/seed-demo';
import { seed } from '@/lib/localnet/seed';
import { startTestChain, type TestChain } from '@/lib/localnet/testing';
import { decodeGovernanceConfig, DEFAULT_GOVERNANCE_PARAMS, governanceAddresses, stakingConfigAction } from '@/lib/programs/governance';
import { getSyncInstruction, decodeConfig, decodePosition, findPositionPda, getStakeInstruction, getUnstakeInstruction } from '@/lib/programs/staking';
import { createAssociatedTokenAccountIdempotentInstruction, createTransferCheckedInstruction, getAssociatedTokenAddressSync } from '@solana/spl-token';
import { Keypair } from '@solana/web3.js';
import { fetchChainUnixTime } from '@/lib/staking/clock-sysvar';
import { connectionTarget } from '@/lib/token/web3-target';
import { fetchProposals } from './proposals';
import { proposalPhase } from '@/lib/programs/governance';

const mint = new PublicKey(DEMO_MINT);
const gov = governanceAddresses({ mint });

let chain: TestChain | undefined;
afterEach(async () => {
  await chain?.close();
  chain = undefined;
});

async function checkGoverned(c: TestChain) {
  const { connection } = c;
  const config = decodeGovernanceConfig((await connection.getAccountInfo(gov.governance))!.data);
  expect(config.quorumBps).toBe(DEFAULT_GOVERNANCE_PARAMS.quorumBps);
  expect(config.approvalBps).toBe(DEFAULT_GOVERNANCE_PARAMS.approvalBps);
  expect(config.votingPeriodSecs).toBe(7n * 86_400n);
  expect(config.timelockSecs).toBe(3n * 86_400n);
  expect(config.minProposalPower).toBe(10_000n * 10n ** 9n);
  expect(config.minVotePower).toBe(1_000n * 10n ** 9n);
  const staking = decodeConfig((await connection.getAccountInfo(gov.stakingConfig))!.data);
  expect(staking.authority.equals(gov.authority)).toBe(true);
  expect(staking.voteAuthority.equals(gov.authority)).toBe(true);
  expect(staking.pendingAuthority === null && staking.pendingVoteAuthority === null).toBe(true);
  const treasury = await getAccount(connection, gov.treasury, 'confirmed', staking.tokenProgram);
  expect(treasury.amount).toBe(DEMO_TREASURY_FUNDING);
  expect(treasury.owner.equals(gov.authority)).toBe(true);

  const proposals = await fetchProposals(connection, { programId: gov.programId, addresses: gov });
  const now = await fetchChainUnixTime(connection);
  const byId = proposals.sort((a, b) => Number(a.proposal.id - b.proposal.id)).map((p) => p.proposal);
  expect(byId.map((p) => [p.type, proposalPhase(p, now)])).toEqual([
    ['parameter-change', 'voting'],
    ['text-only', 'voting'],
    ['treasury-spending', 'draft'],
  ]);
  expect(byId[0]!.tallies.for).toBeGreaterThan(byId[0]!.tallies.against);
  expect(byId[0]!.tallies.against).toBeGreaterThan(0n);
  expect(byId[0]!.uri).toBe('/governance/documents/raise-wallet-cap');
  expect(byId[2]!.actionIndices).toEqual([0]);
}

describe('governance demo seed', () => {
  it('the genesis seed hands staking to governance, funds the treasury and files the demo proposals', async () => {
    chain = await startTestChain({ seed });
    await checkGoverned(chain);
    expect(chain.logs.some((l) => l.includes('holds the staking authority'))).toBe(true);
  });

  it('ensureGovernanceDemo seeds a chain whose demo predates governance, once', async () => {
    chain = await startTestChain();
    for (const name of ['authority', 'alice', 'bob', 'carol'] as const) {
      const sig = await chain.connection.requestAirdrop(devKeypair(name).publicKey, 100e9);
      await chain.connection.confirmTransaction(sig, 'confirmed');
    }
    await ensureDemo({ target: connectionTarget(chain.connection, devKeypair('authority')) });
    expect(await ensureGovernanceDemo({ connection: chain.connection })).toBe(true);
    expect(await ensureGovernanceDemo({ connection: chain.connection })).toBe(false);
    await checkGoverned(chain);
  });

  it('a proposal played through changes the penalty; the demo values come back; the stream is refilled from the treasury', async () => {
    chain = await startTestChain({ seed });
    const { connection } = chain;
    const staking = async () => decodeConfig((await connection.getAccountInfo(gov.stakingConfig))!.data);
    const before = await fetchChainUnixTime(connection);
    await passProposal({ connection, type: 'parameter-change', title: 'Lower the penalty', actions: [stakingConfigAction({ mint, update: { field: 'penaltyBps', penaltyBps: 800 } })] });
    expect((await staking()).penaltyBps).toBe(800);
    // The vote (7 days) and the timelock (3 days) went by on the chain's clock.
    expect((await fetchChainUnixTime(connection)) - before).toBeGreaterThanOrEqual(10n * 86_400n);

    expect(await restoreDemoStakingParameters({ connection })).toBe(true);
    expect((await staking()).penaltyBps).toBe(1_000);
    expect(await restoreDemoStakingParameters({ connection })).toBe(false);

    const funded = (await staking()).totalFunded;
    const treasuryBefore = (await getAccount(connection, gov.treasury, 'confirmed', (await staking()).tokenProgram)).amount;
    await refillStreamThroughGovernance({ connection, amount: 1_000n * 10n ** 9n });
    expect((await staking()).totalFunded - funded).toBe(1_000n * 10n ** 9n);
    expect((await getAccount(connection, gov.treasury, 'confirmed', (await staking()).tokenProgram)).amount).toBe(treasuryBefore - 1_000n * 10n ** 9n);
  }, 120_000);

  it('voteOnDemoProposal vote-locks a wallet’s positions (lock_for_vote belongs to governance now)', async () => {
    chain = await startTestChain({ seed });
    const { connection } = chain;
    const wallet = Keypair.generate();
    await connection.confirmTransaction(await connection.requestAirdrop(wallet.publicKey, 2e9), 'confirmed');
    const staking = decodeConfig((await connection.getAccountInfo(gov.stakingConfig))!.data);
    const ata = getAssociatedTokenAddressSync(mint, wallet.publicKey, false, staking.tokenProgram);
    const treasury = devKeypair('authority');
    const faucet = getAssociatedTokenAddressSync(mint, treasury.publicKey, false, staking.tokenProgram);
    const target = connectionTarget(connection, treasury);
    await target.send([
      createAssociatedTokenAccountIdempotentInstruction(treasury.publicKey, ata, wallet.publicKey, mint, staking.tokenProgram),
      createTransferCheckedInstruction(faucet, mint, ata, treasury.publicKey, 1_000n * 10n ** 9n, 9, [], staking.tokenProgram),
      getStakeInstruction({ mint, owner: wallet.publicKey, ownerToken: ata, tokenProgram: staking.tokenProgram, tier: 1, amount: 1_000n * 10n ** 9n, positionId: 0 }),
    ], [wallet]);
    const { lockedUntil } = await voteOnDemoProposal({ connection, voter: wallet });
    const [position] = findPositionPda(gov.stakingConfig, wallet.publicKey, 0);
    expect(decodePosition((await connection.getAccountInfo(position))!.data).voteLockedUntilTs).toBe(lockedUntil);
    const unstake = getUnstakeInstruction({ mint, owner: wallet.publicKey, ownerToken: ata, tokenProgram: staking.tokenProgram, position, amount: 10n ** 9n, penaltyDestination: 'recycle', treasury: null });
    await expect(connectionTarget(connection, wallet).send([unstake])).rejects.toThrow(/0x/);
  });

  it('passProposal tops the proposer up from the season vault when its power alone no longer reaches the quorum', async () => {
    chain = await startTestChain({ seed });
    const { connection } = chain;
    // Bob's 180-day lock ends (his power falls to 1×) and a whale stakes the per-wallet maximum.
    await chain.rpc('keel_warpTime', [{ days: 181 }]);
    const staking = decodeConfig((await connection.getAccountInfo(gov.stakingConfig))!.data);
    const whale = Keypair.generate();
    await connection.confirmTransaction(await connection.requestAirdrop(whale.publicKey, 2e9), 'confirmed');
    const treasury = devKeypair('authority');
    const ata = getAssociatedTokenAddressSync(mint, whale.publicKey, false, staking.tokenProgram);
    const amount = staking.maxStakePerWallet;
    await connectionTarget(connection, treasury).send(
      [
        createAssociatedTokenAccountIdempotentInstruction(treasury.publicKey, ata, whale.publicKey, mint, staking.tokenProgram),
        createTransferCheckedInstruction(new PublicKey(DEMO_RESERVE_VAULT), mint, ata, treasury.publicKey, amount, 9, [], staking.tokenProgram),
        // 181 days on: staking's schedule is walked first (200 days a sync).
        getSyncInstruction({ mint }),
        getStakeInstruction({ mint, owner: whale.publicKey, ownerToken: ata, tokenProgram: staking.tokenProgram, tier: 4, amount, positionId: 0 }),
      ],
      [whale],
    );
    await passProposal({ connection, type: 'parameter-change', title: 'Lower the penalty', actions: [stakingConfigAction({ mint, update: { field: 'penaltyBps', penaltyBps: 900 } })] });
    expect(decodeConfig((await connection.getAccountInfo(gov.stakingConfig))!.data).penaltyBps).toBe(900);
  });
});
