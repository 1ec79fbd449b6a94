/**
 * Compute units of the governance instructions (success paths), including the
 * CPIs they make (System account creation, the staking `lock_for_vote`, the
 * actions' programs).
 *
 * Goal: `cast_vote` (one position on a linear proposal, the staking lock
 * included) ≤ 5,000 CU: last known 4,925 CU (5,559 when staking's exact
 * schedule made `lock_for_vote` settle it and write its ring; 4,674 before;
 * 5,733 before the CPI, entrypoint and staking work).
 * Quadratic proposals pay for the wallet's voter record: 6,581 for its first
 * vote (a third account created), 5,375 for a later one (~450 over linear:
 * the record's checks and two integer square roots). The two CPIs it must
 * make are 946 CU of invoke cost each, plus the System Program's 150 and,
 * for the lock, 1 CU per 250 bytes of the accounts passed (~125, the
 * 30,720-byte schedule 122) and staking's `lock_for_vote` (1,195 inside, its
 * `VoteLocked` event 256); the `VoteCast` event's `sol_log_data` adds 283.
 * The clock and the Rent come from their sysvar accounts (breakdown in
 * programs/governance/README.md).
 *
 * Vote records, proposals and actions are PDAs whose bump is proven canonical
 * on chain by checking every higher bump (one sha256 + one curve check, ~340
 * CU each, plus ~45 once for a vote record). The cases pick positions / ids
 * whose PDA bump is 255 so a run measures the same; a vote record with bump
 * 254 costs ~385 CU more, 253 ~725.
 */
import type { PublicKey } from '@solana/web3.js';
import {
  findActionPda,
  findProposalPda,
  findVoteRecordPda,
  findVoterRecordPda,
  getAcceptGuardianInstruction,
  getAcceptStakingAuthorityInstruction,
  getAddActionInstruction,
  getChangeVoteInstruction,
  governanceConfigAction,
  getRelinquishInstruction,
  stakingConfigAction,
  treasuryTransferAction,
} from '@/lib/programs/governance';
import { getUpdateConfigInstruction, TOKEN } from '@/lib/programs/staking';
import {
  activate,
  changeVoteIx,
  createProposalIx,
  executeIx,
  finalize,
  type GovEnv,
  govEnv,
  mintTokensTo,
  newWallet,
  ok,
  propose,
  queue,
  readGovernance,
  readProposal,
  relinquishIx,
  send,
  stake,
  type StakerWallet,
  stakerWallet,
  tokenAccount,
  vote,
  voteIx,
  voterWith,
  warpPast,
} from '@/programs/governance/tests/helpers/governance';
import type { ProgramBenchCase } from '../programs';

const units = (r: ReturnType<typeof ok>) => r.computeUnits;

/** Proposals nobody uses until the next id's PDA has bump 255. */
function toCanonicalProposalId(env: GovEnv, proposer: StakerWallet & { position: PublicKey }): void {
  while (findProposalPda(env.gov.governance, readGovernance(env).proposalCount)[1] !== 255) propose(env, proposer, [proposer.position]);
}

/** `count` positions of `wallet` whose vote records on `proposal` have bump 255. */
function canonicalPositions(env: GovEnv, wallet: StakerWallet, proposal: PublicKey, count: number): PublicKey[] {
  const positions: PublicKey[] = [];
  while (positions.length < count) {
    const position = stake(env, wallet, 0, 1_000n * TOKEN);
    if (findVoteRecordPda(proposal, position)[1] === 255) positions.push(position);
  }
  return positions;
}

/** A voting proposal (by `alice`, who does not vote) and a voter with `count` canonical positions. */
async function voting(svm: Parameters<ProgramBenchCase['run']>[0], count = 1) {
  const env = await govEnv({ svm });
  const alice = await voterWith(env, 5_000n);
  const proposal = propose(env, alice, [alice.position]);
  activate(env, alice, proposal);
  const voter = await stakerWallet(env, 100_000n);
  const positions = canonicalPositions(env, voter, proposal, count);
  return { env, alice, proposal, voter, positions };
}

/**
 * A voting quadratic proposal and a voter whose voter record has bump 255,
 * with `count` canonical positions.
 */
async function votingQuadratic(svm: Parameters<ProgramBenchCase['run']>[0], count = 1) {
  const env = await govEnv({ svm, params: { voteWeighting: 'quadratic' } });
  const alice = await voterWith(env, 5_000n);
  const proposal = propose(env, alice, [alice.position]);
  activate(env, alice, proposal);
  let voter = await stakerWallet(env, 100_000n);
  while (findVoterRecordPda(proposal, voter.pubkey)[1] !== 255) voter = await stakerWallet(env, 100_000n);
  const positions = canonicalPositions(env, voter, proposal, count);
  return { env, alice, proposal, voter, positions };
}

/** A queued proposal with `actions`, past its eta. */
async function queued(svm: Parameters<ProgramBenchCase['run']>[0], actions: (env: GovEnv) => Promise<Parameters<typeof propose>[3]>) {
  const env = await govEnv({ svm });
  const alice = await voterWith(env, 5_000n);
  const proposal = propose(env, alice, [alice.position], await actions(env));
  activate(env, alice, proposal);
  vote(env, alice, proposal, 'for', [alice.position]);
  warpPast(env, readProposal(env, proposal).endTs);
  ok(finalize(env, proposal));
  ok(queue(env, proposal));
  warpPast(env, readProposal(env, proposal).etaTs);
  return { env, proposal };
}

export const cases: ProgramBenchCase[] = [
  {
    // One position shown; proposal PDA bump 255.
    key: 'governance.create_proposal',
    lastKnown: 2_804,
    async run(svm) {
      const env = await govEnv({ svm });
      const alice = await voterWith(env, 5_000n);
      toCanonicalProposalId(env, alice);
      return units(ok(send(env, alice, [createProposalIx(env, alice, [alice.position])])));
    },
  },
  {
    // A staking update_config action (3 accounts, 4 bytes).
    key: 'governance.add_action',
    lastKnown: 2_966,
    async run(svm) {
      const env = await govEnv({ svm });
      const alice = await voterWith(env, 5_000n);
      const proposal = propose(env, alice, [alice.position]);
      const action = stakingConfigAction({ mint: env.mint, update: { field: 'penaltyBps', penaltyBps: 800 } });
      // Action 0 with whatever bump, then the measured one: the first index whose bump is 255.
      let index = 0;
      while (findActionPda(proposal, index)[1] !== 255) {
        ok(send(env, alice, [getAddActionInstruction({ mint: env.mint, proposer: alice.pubkey, proposal, index, action })]));
        index++;
      }
      return units(ok(send(env, alice, [getAddActionInstruction({ mint: env.mint, proposer: alice.pubkey, proposal, index, action })])));
    },
  },
  {
    key: 'governance.activate',
    lastKnown: 1_397,
    async run(svm) {
      const env = await govEnv({ svm });
      const alice = await voterWith(env, 5_000n);
      const proposal = propose(env, alice, [alice.position]);
      return units(activate(env, alice, proposal));
    },
  },
  {
    // One position: vote record creation + staking lock_for_vote CPI.
    key: 'governance.cast_vote',
    lastKnown: 4_925,
    async run(svm) {
      const { env, proposal, voter, positions } = await voting(svm, 1);
      return units(ok(send(env, voter, [voteIx(env, voter, proposal, 'for', positions)])));
    },
  },
  {
    key: 'governance.cast_vote_5_positions',
    lastKnown: 20_569,
    async run(svm) {
      const { env, proposal, voter, positions } = await voting(svm, 5);
      return units(ok(send(env, voter, [voteIx(env, voter, proposal, 'for', positions)])));
    },
  },
  {
    key: 'governance.change_vote',
    lastKnown: 945,
    async run(svm) {
      const { env, proposal, voter, positions } = await voting(svm, 1);
      vote(env, voter, proposal, 'for', positions);
      return units(ok(send(env, voter, [getChangeVoteInstruction({ voter: voter.pubkey, proposal, weighting: 'linear', side: 'against', positions })])));
    },
  },
  {
    key: 'governance.relinquish',
    lastKnown: 963,
    async run(svm) {
      const { env, proposal, voter, positions } = await voting(svm, 1);
      vote(env, voter, proposal, 'for', positions);
      return units(ok(send(env, voter, [getRelinquishInstruction({ voter: voter.pubkey, proposal, weighting: 'linear', positions })])));
    },
  },
  {
    // Quadratic, the wallet's first vote: the voter record is created too (bump 255).
    key: 'governance.cast_vote.quadratic_first',
    lastKnown: 6_581,
    async run(svm) {
      const { env, proposal, voter, positions } = await votingQuadratic(svm, 1);
      return units(ok(send(env, voter, [voteIx(env, voter, proposal, 'for', positions)])));
    },
  },
  {
    // Quadratic, a later vote of the same wallet: its voter record exists.
    key: 'governance.cast_vote.quadratic_again',
    lastKnown: 5_375,
    async run(svm) {
      const { env, proposal, voter, positions } = await votingQuadratic(svm, 2);
      vote(env, voter, proposal, 'for', positions.slice(0, 1));
      return units(ok(send(env, voter, [voteIx(env, voter, proposal, 'for', positions.slice(1))])));
    },
  },
  {
    key: 'governance.change_vote.quadratic',
    lastKnown: 1_297,
    async run(svm) {
      const { env, proposal, voter, positions } = await votingQuadratic(svm, 1);
      vote(env, voter, proposal, 'for', positions);
      return units(ok(send(env, voter, [changeVoteIx(env, voter, proposal, 'against', positions)])));
    },
  },
  {
    // One of the wallet's two records: the voter record stays.
    key: 'governance.relinquish.quadratic',
    lastKnown: 1_423,
    async run(svm) {
      const { env, proposal, voter, positions } = await votingQuadratic(svm, 2);
      vote(env, voter, proposal, 'for', positions);
      return units(ok(send(env, voter, [relinquishIx(env, voter, proposal, positions.slice(1))])));
    },
  },
  {
    key: 'governance.finalize',
    lastKnown: 667,
    async run(svm) {
      const { env, proposal, voter, positions } = await voting(svm, 1);
      vote(env, voter, proposal, 'for', positions);
      warpPast(env, readProposal(env, proposal).endTs);
      return units(ok(finalize(env, proposal)));
    },
  },
  {
    key: 'governance.queue',
    lastKnown: 789,
    async run(svm) {
      const { env, proposal, voter, positions } = await voting(svm, 1);
      vote(env, voter, proposal, 'for', positions);
      warpPast(env, readProposal(env, proposal).endTs);
      ok(finalize(env, proposal));
      return units(ok(queue(env, proposal)));
    },
  },
  {
    // A staking parameter change (staking update_config through the authority PDA).
    key: 'governance.execute',
    lastKnown: 2_873,
    async run(svm) {
      const { env, proposal } = await queued(svm, async (e) => [stakingConfigAction({ mint: e.mint, update: { field: 'penaltyBps', penaltyBps: 800 } })]);
      return units(ok(send(env, env.admin, [executeIx(env, proposal, 0)])));
    },
  },
  {
    // Treasury spending (SPL Token transfer_checked signed by the authority PDA).
    key: 'governance.execute.treasury_transfer',
    lastKnown: 2_657,
    async run(svm) {
      const { env, proposal } = await queued(svm, async (e) => {
        await mintTokensTo(e, e.gov.treasury, 1_000n * TOKEN);
        const destination = await tokenAccount(e, e.admin.pubkey);
        return [treasuryTransferAction({ mint: e.mint, tokenProgram: e.tokenProgram, destination, amount: 100n * TOKEN })];
      });
      return units(ok(send(env, env.admin, [executeIx(env, proposal, 0)])));
    },
  },
  {
    // The guardian an executed proposal proposed signs.
    key: 'governance.accept_guardian',
    lastKnown: 583,
    async run(svm) {
      let next: Awaited<ReturnType<typeof newWallet>> | undefined;
      const { env, proposal } = await queued(svm, async (e) => {
        next = await newWallet(e.svm);
        return [governanceConfigAction({ mint: e.mint, update: { field: 'guardian', guardian: next.pubkey } })];
      });
      ok(send(env, env.admin, [executeIx(env, proposal, 0)]));
      return units(ok(send(env, next!, [getAcceptGuardianInstruction({ mint: env.mint, pendingGuardian: next!.pubkey })])));
    },
  },
  {
    // The staking vote authority proposed to the PDA, accepted by CPI (staking accept_authority inside).
    key: 'governance.accept_staking_authority',
    lastKnown: 2_115,
    async run(svm) {
      const env = await govEnv({ svm, handOver: 'none' });
      const proposePda = getUpdateConfigInstruction({ authority: env.admin.pubkey, mint: env.mint, update: { field: 'voteAuthority', voteAuthority: env.gov.authority } });
      ok(send(env, env.admin, [proposePda]));
      return units(ok(send(env, env.admin, [getAcceptStakingAuthorityInstruction({ mint: env.mint, which: 'voteAuthority' })])));
    },
  },
];
