/**
 * The authority and the vote authority change hands in two steps:
 * `update_config` SetAuthority / SetVoteAuthority proposes (all zero cancels, a
 * second proposal replaces the first), and the proposed key signs
 * `accept_authority`. Until then the current holder keeps every power and the
 * pending key has none. (A PDA accepting by CPI: governance's
 * `programs/governance/tests/accept_staking_authority.test.ts`.)
 */
import { PublicKey } from '@solana/web3.js';
import { describe, expect, it } from 'vitest';
import {
  getAcceptAuthorityInstruction,
  getLockForVoteInstruction,
  getUpdateConfigInstruction,
  parseStakingEvents,
  StakingInstruction,
  TOKEN,
} from '@/lib/programs/staking';
import { web3WithAccount, web3WithAccountCount, web3WithData, web3WithFlags } from '@/programs/test-support/web3';
import { type Env, newWallet, now, ok, readConfig, send, SPL, stake, stakerWallet, stakingEnv, updateConfig, type Wallet, DAY } from './helpers/staking';
import { expectError, expectStakingError } from './helpers/assert';

type Which = 'authority' | 'voteAuthority';
const other = (which: Which): Which => (which === 'authority' ? 'voteAuthority' : 'authority');
const holder = (env: Env, which: Which) => readConfig(env)[which];
const pendingOf = (env: Env, which: Which) => readConfig(env)[which === 'authority' ? 'pendingAuthority' : 'pendingVoteAuthority'];
const propose = (env: Env, which: Which, key: PublicKey | null) =>
  updateConfig(env, which === 'authority' ? { field: 'authority', authority: key } : { field: 'voteAuthority', voteAuthority: key });
const accept = (env: Env, which: Which, who: Wallet) => send(env, who, [getAcceptAuthorityInstruction({ pending: who.pubkey, which, mint: env.mint })]);

/**
 * What only the holder of `which` may do, signed by `who`: for the authority an
 * `update_config` (the penalty), for the vote authority a `lock_for_vote`.
 */
async function actAs(env: Env, which: Which, who: Wallet) {
  if (which === 'authority') {
    return send(env, who, [getUpdateConfigInstruction({ authority: who.pubkey, mint: env.mint, update: { field: 'penaltyBps', penaltyBps: 900 } })]);
  }
  const alice = await stakerWallet(env);
  const position = stake(env, alice, 0, 1_000n * TOKEN);
  const lock = getLockForVoteInstruction({ voteAuthority: who.pubkey, position, owner: alice.pubkey, mint: env.mint, until: now(env.svm) + DAY });
  return send(env, who, [lock]);
}
const refusal = (which: Which) => (which === 'authority' ? 'Unauthorized' : 'NotVoteAuthority');

describe.each(['authority', 'voteAuthority'] as const)('staking accept_authority (%s)', (which) => {
  it('hands over only when the proposed key accepts', async () => {
    const env = await stakingEnv(SPL);
    const { admin } = env;
    const bob = await newWallet(env.svm);
    const carol = await newWallet(env.svm);
    const ix = getAcceptAuthorityInstruction({ pending: bob.pubkey, which, mint: env.mint });

    // Fail: nothing pending, whoever signs
    expectStakingError(accept(env, which, bob), 'NoPendingAuthority');
    expectStakingError(accept(env, which, admin), 'NoPendingAuthority');

    // Propose bob: pending, the holder unchanged
    const proposed = propose(env, which, bob.pubkey);
    expect(parseStakingEvents(proposed.logs)).toEqual([{ kind: 'AuthorityProposed', which, pending: bob.pubkey }]);
    expect(pendingOf(env, which)?.equals(bob.pubkey)).toBe(true);
    expect(holder(env, which).equals(admin.pubkey)).toBe(true);

    // Fail: not enough accounts, not signed, config read-only, which, data length, not a config
    expectError(send(env, bob, [web3WithAccountCount(ix, 1)]), 'NotEnoughAccountKeys');
    expectError(send(env, carol, [web3WithFlags(ix, 0, { isSigner: false })]), 'MissingRequiredSignature');
    expectStakingError(send(env, bob, [web3WithFlags(ix, 1, { isWritable: false })]), 'AccountNotWritable');
    expectStakingError(send(env, bob, [web3WithData(ix, Uint8Array.of(StakingInstruction.AcceptAuthority, 2))]), 'InvalidInstructionData');
    expectStakingError(send(env, bob, [web3WithData(ix, Uint8Array.of(StakingInstruction.AcceptAuthority))]), 'InvalidInstructionData');
    expectStakingError(send(env, bob, [web3WithData(ix, Uint8Array.of(StakingInstruction.AcceptAuthority, 0, 0))]), 'InvalidInstructionData');
    expectStakingError(send(env, bob, [web3WithAccount(ix, 1, env.addrs.stakeVault)]), 'InvalidConfig');
    // Fail: anyone but the pending key signs (the holder, a stranger)
    expectStakingError(accept(env, which, admin), 'NotPendingAuthority');
    expectStakingError(accept(env, which, carol), 'NotPendingAuthority');
    // Fail: bob accepting the other authority, which nobody proposed him for
    expectStakingError(accept(env, other(which), bob), 'NoPendingAuthority');

    // The holder keeps every power until the accept; the pending key has none.
    expectStakingError(await actAs(env, which, bob), refusal(which));
    ok(await actAs(env, which, admin));

    // Success: bob accepts (while paused: hand-overs do not wait for an unpause)
    updateConfig(env, { field: 'paused', paused: true });
    const result = ok(accept(env, which, bob));
    expect(parseStakingEvents(result.logs)).toEqual([{ kind: 'AuthorityAccepted', which, authority: bob.pubkey, previous: admin.pubkey }]);
    expect(holder(env, which).equals(bob.pubkey)).toBe(true);
    expect(pendingOf(env, which)).toBeNull();
    // The other authority is untouched.
    expect(holder(env, other(which)).equals(admin.pubkey)).toBe(true);
    expect(result.computeUnits).toBeLessThan(1_000);
    // Fail: a second accept (nothing pending any more)
    expectStakingError(accept(env, which, bob), 'NoPendingAuthority');
    // The old holder has lost the power, the new one has it.
    if (which === 'authority') {
      ok(send(env, bob, [getUpdateConfigInstruction({ authority: bob.pubkey, mint: env.mint, update: { field: 'paused', paused: false } })]));
    } else {
      updateConfig(env, { field: 'paused', paused: false });
    }
    expectStakingError(await actAs(env, which, admin), refusal(which));
    ok(await actAs(env, which, bob));
  });

  it('cancels with the zero key and replaces with a second proposal', async () => {
    const env = await stakingEnv(SPL);
    const bob = await newWallet(env.svm);
    const carol = await newWallet(env.svm);

    // Proposing the zero key cancels.
    propose(env, which, bob.pubkey);
    const cancelled = propose(env, which, null);
    expect(parseStakingEvents(cancelled.logs)).toEqual([{ kind: 'AuthorityProposalCancelled', which, pending: bob.pubkey }]);
    expect(pendingOf(env, which)).toBeNull();
    expectStakingError(accept(env, which, bob), 'NoPendingAuthority');
    // Cancelling with nothing pending is allowed (a proposal action that cancels never gets stuck).
    expect(parseStakingEvents(propose(env, which, null).logs)).toEqual([{ kind: 'AuthorityProposalCancelled', which, pending: PublicKey.default }]);

    // A second proposal replaces the first: only the latest key may accept.
    propose(env, which, bob.pubkey);
    propose(env, which, carol.pubkey);
    expect(pendingOf(env, which)?.equals(carol.pubkey)).toBe(true);
    expectStakingError(accept(env, which, bob), 'NotPendingAuthority');
    // Only the authority proposes: not the pending key, for either authority.
    for (const update of [{ field: 'authority', authority: carol.pubkey }, { field: 'voteAuthority', voteAuthority: null }] as const) {
      expectStakingError(send(env, carol, [getUpdateConfigInstruction({ authority: carol.pubkey, mint: env.mint, update })]), 'Unauthorized');
    }
    ok(accept(env, which, carol));
    expect(holder(env, which).equals(carol.pubkey)).toBe(true);
  });
});
