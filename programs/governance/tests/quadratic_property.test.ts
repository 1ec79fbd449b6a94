/**
 * Property test of quadratic weighting: a wallet's weight on a side is
 * ⌊√(Σ power of its votes there)⌋, however it splits its stake into positions
 * and however it groups its votes into transactions, changes or relinquishes
 * them. Each sequence: three wallets, each staking a random split into 1–6
 * positions of random size (not whole tokens, so the roots' floors matter); a
 * quadratic proposal; random casts of random groups of unvoted positions,
 * changes and relinquishes of random groups of voted ones. After every step
 * the tallies equal Σ over wallets and sides of ⌊√(Σ power)⌋ computed by the
 * model here, quorum power the linear for + abstain power, and every wallet's
 * voter record its sums and record count (closed with its last record).
 *
 * Size: `npm test` runs RUNS = 24 sequences (a few seconds);
 * `npm run test:property:governance` soaks KEEL_GOV_PROPERTY_RUNS of them
 * (with the governance property test).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isqrt, TOKEN, VOTE_SIDES, type VoteSide } from '@/lib/programs/governance';
import { createSvm, readAccount } from '@/programs/test-support';
import {
  activate,
  changeVoteIx,
  govEnv,
  ok,
  propose,
  readPosition,
  readProposal,
  readVoter,
  relinquishIx,
  send,
  stake,
  stakerWallet,
  toAddress,
  voteIx,
  voterRecordAddress,
  voterWith,
} from './helpers/governance';
import { StepStats } from '@/programs/test-support/property';

const RUNS = Number(process.env.KEEL_GOV_PROPERTY_RUNS ?? 24);
const WALLETS = 3;

type Step =
  | { kind: 'cast'; wallet: number; mask: number; side: number }
  | { kind: 'change'; wallet: number; mask: number; side: number }
  | { kind: 'relinquish'; wallet: number; mask: number };

const wallet = fc.integer({ min: 0, max: WALLETS - 1 });
const mask = fc.integer({ min: 1, max: 63 });
const side = fc.integer({ min: 0, max: 2 });
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('cast' as const), wallet, mask, side }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('change' as const), wallet, mask, side }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('relinquish' as const), wallet, mask }) },
);
/** Each wallet's split: 1–6 positions of 100–5,000 tokens plus up to one token in base units. */
const split = fc.array(fc.record({ tokens: fc.integer({ min: 100, max: 5_000 }), units: fc.nat(999_999_999) }), { minLength: 1, maxLength: 6 });

describe('governance quadratic weighting (property)', () => {
  it(`weighs every wallet ⌊√Σ power⌋ per side over ${RUNS} random splits and vote orders`, async () => {
    const svm = createSvm(['staking', 'governance']);
    const stats = new StepStats<Step['kind']>();
    await fc.assert(
      fc.asyncProperty(fc.array(split, { minLength: WALLETS, maxLength: WALLETS }), fc.array(step, { minLength: 8, maxLength: 24 }), async (splits, steps) => {
        const env = await govEnv({ svm, params: { voteWeighting: 'quadratic', minVotePower: 1n } });
        const proposer = await voterWith(env, 100n);
        // One after another: the helpers' transactions share the VM's blockhash.
        const wallets = [];
        for (const pieces of splits) {
          const w = await stakerWallet(env, 31_000n);
          const positions = pieces.map((p) => stake(env, w, 0, BigInt(p.tokens) * TOKEN + BigInt(p.units)));
          wallets.push({ w, positions, power: positions.map((p) => readPosition(env, p).votingPower) });
        }
        const proposal = propose(env, proposer, [proposer.position]);
        activate(env, proposer, proposal);
        // Model: the side each position voted (or none).
        const voted = wallets.map((w) => w.positions.map((): VoteSide | null => null));

        for (const s of steps) {
          const { w, positions } = wallets[s.wallet]!;
          const mine = voted[s.wallet]!;
          const chosen = positions.map((_, i) => i).filter((i) => (s.mask >> i) & 1 && i < positions.length);
          if (s.kind === 'cast') {
            const pick = chosen.filter((i) => mine[i] === null);
            if (pick.length === 0) {
              stats.skipped(s.kind);
              continue;
            }
            const target = VOTE_SIDES[s.side]!;
            ok(send(env, w, [voteIx(env, w, proposal, target, pick.map((i) => positions[i]!))]));
            for (const i of pick) mine[i] = target;
          } else if (s.kind === 'change') {
            const pick = chosen.filter((i) => mine[i] !== null);
            if (pick.length === 0) {
              stats.skipped(s.kind);
              continue;
            }
            const target = VOTE_SIDES[s.side]!;
            ok(send(env, w, [changeVoteIx(env, w, proposal, target, pick.map((i) => positions[i]!))]));
            for (const i of pick) mine[i] = target;
          } else {
            const pick = chosen.filter((i) => mine[i] !== null);
            if (pick.length === 0) {
              stats.skipped(s.kind);
              continue;
            }
            ok(send(env, w, [relinquishIx(env, w, proposal, pick.map((i) => positions[i]!))]));
            for (const i of pick) mine[i] = null;
          }
          stats.succeeded(s.kind);

          // Model: Σ over wallets and sides of ⌊√(Σ power)⌋; quorum = linear for + abstain.
          const tallies = { for: 0n, against: 0n, abstain: 0n };
          let quorum = 0n;
          wallets.forEach((x, wi) => {
            const sums = { for: 0n, against: 0n, abstain: 0n };
            voted[wi]!.forEach((v, i) => {
              if (v) sums[v] += x.power[i]!;
            });
            for (const side of VOTE_SIDES) tallies[side] += isqrt(sums[side]);
            quorum += sums.for + sums.abstain;
            const records = voted[wi]!.filter((v) => v !== null).length;
            if (records === 0) expect(readAccount(env.svm, toAddress(voterRecordAddress(proposal, x.w.pubkey)))).toBeNull();
            else expect(readVoter(env, proposal, x.w.pubkey)).toMatchObject({ records, power: sums });
          });
          expect(readProposal(env, proposal)).toMatchObject({ tallies, quorumPower: quorum });
        }
      }),
      { numRuns: RUNS, endOnFailure: true },
    );
    // Every step sent must succeed (nothing here is refused on purpose); each kind often enough.
    const floors = {
      cast: { minAttempts: RUNS * 2, minShare: 1 },
      change: { minAttempts: RUNS / 2, minShare: 1 },
      relinquish: { minAttempts: RUNS / 2, minShare: 1 },
    };
    console.info(stats.table(floors));
    stats.assertFloors(floors);
  }, 60_000 + RUNS * 1_000);
});
