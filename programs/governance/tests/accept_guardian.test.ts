/**
 * The guardian changes hands in two steps: an executed proposal proposes the
 * next guardian (`update_config` Guardian; all zero cancels, RemoveGuardian
 * removes outright), and the proposed key signs `accept_guardian`. Until then
 * the old guardian keeps every power and the pending key has none.
 */
import type { PublicKey } from '@solana/web3.js';
import { describe, expect, it } from 'vitest';
import {
  type GovernanceConfigUpdate,
  getAcceptGuardianInstruction,
  getCancelInstruction,
  getSetStakingPausedInstruction,
  getVetoInstruction,
  governanceConfigAction,
  parseGovernanceEvents,
} from '@/lib/programs/governance';
import { web3WithAccount, web3WithAccountCount, web3WithData, web3WithFlags } from '@/programs/test-support/web3';
import { expectError, expectGovError } from './helpers/assert';
import {
  activate,
  execute,
  govEnv,
  type GovEnv,
  newWallet,
  ok,
  passAndQueue,
  propose,
  readConfig,
  readGovernance,
  readProposal,
  send,
  voterWith,
  type Wallet,
  warpPast,
} from './helpers/governance';

/** Passes and executes a proposal whose one action is governance `update_config` `update`. */
function governanceChange(env: GovEnv, voter: Wallet & { position: PublicKey }, update: GovernanceConfigUpdate) {
  const proposal = passAndQueue(env, voter, [voter.position], [governanceConfigAction({ mint: env.mint, update })]);
  warpPast(env, readProposal(env, proposal).etaTs);
  return ok(execute(env, proposal, 0));
}

const accept = (env: GovEnv, who: Wallet) => send(env, who, [getAcceptGuardianInstruction({ mint: env.mint, pendingGuardian: who.pubkey })]);
const isGuardian = (env: GovEnv, who: Wallet | null) => {
  const g = readGovernance(env).guardian;
  return who === null ? g === null : g?.equals(who.pubkey) === true;
};
const pending = (env: GovEnv) => readGovernance(env).pendingGuardian;

describe('governance accept_guardian', () => {
  it('hands the guardian over only when the proposed key accepts', async () => {
    const env = await govEnv();
    const alice = await voterWith(env, 5_000n);
    const bob = await newWallet(env.svm);
    const carol = await newWallet(env.svm);
    const ix = getAcceptGuardianInstruction({ mint: env.mint, pendingGuardian: bob.pubkey });

    // Fail: nothing pending, whoever signs
    expectGovError(accept(env, bob), 'NoPendingGuardian');
    expectGovError(accept(env, env.guardian), 'NoPendingGuardian');

    // Propose bob: pending, and nothing else changes
    const proposed = governanceChange(env, alice, { field: 'guardian', guardian: bob.pubkey });
    expect(parseGovernanceEvents(proposed.logs)).toContainEqual({ kind: 'GuardianProposed', pendingGuardian: bob.pubkey });
    expect(pending(env)?.equals(bob.pubkey)).toBe(true);
    expect(isGuardian(env, env.guardian)).toBe(true);

    // Fail: not enough accounts, not signed, config read-only, data, another config
    expectError(send(env, bob, [web3WithAccountCount(ix, 1)]), 'NotEnoughAccountKeys');
    expectError(send(env, alice, [web3WithFlags(ix, 0, { isSigner: false })]), 'MissingRequiredSignature');
    expectGovError(send(env, bob, [web3WithFlags(ix, 1, { isWritable: false })]), 'AccountNotWritable');
    expectGovError(send(env, bob, [web3WithData(ix, Uint8Array.of(15, 0))]), 'InvalidInstructionData');
    expectGovError(send(env, bob, [web3WithAccount(ix, 1, env.addrs.config)]), 'InvalidConfig');
    // Fail: anyone but the pending key signs (the guardian, the admin, a voter, a stranger)
    for (const who of [env.guardian, env.admin, alice, carol]) {
      expectGovError(accept(env, who), 'NotPendingGuardian');
    }

    // The old guardian keeps every power until the accept; the pending key has none.
    const target = propose(env, alice, [alice.position]);
    activate(env, alice, target);
    expectGovError(send(env, bob, [getVetoInstruction({ mint: env.mint, guardian: bob.pubkey, proposal: target })]), 'NotGuardian');
    expectGovError(send(env, bob, [getCancelInstruction({ mint: env.mint, authority: bob.pubkey, proposal: target })]), 'NotProposer');
    expectGovError(send(env, bob, [getSetStakingPausedInstruction({ mint: env.mint, guardian: bob.pubkey, paused: true })]), 'NotGuardian');
    ok(send(env, env.guardian, [getSetStakingPausedInstruction({ mint: env.mint, guardian: env.guardian.pubkey, paused: true })]));
    ok(send(env, env.guardian, [getSetStakingPausedInstruction({ mint: env.mint, guardian: env.guardian.pubkey, paused: false })]));
    ok(send(env, env.guardian, [getVetoInstruction({ mint: env.mint, guardian: env.guardian.pubkey, proposal: target })]));
    expect(readProposal(env, target).state).toBe('vetoed');

    // Success: bob accepts
    const result = ok(accept(env, bob));
    expect(parseGovernanceEvents(result.logs)).toEqual([{ kind: 'GuardianAccepted', guardian: bob.pubkey, previous: env.guardian.pubkey }]);
    expect(isGuardian(env, bob)).toBe(true);
    expect(pending(env)).toBeNull();
    expect(result.computeUnits).toBeLessThan(1_000);
    // Fail: a second accept (nothing pending any more)
    expectGovError(accept(env, bob), 'NoPendingGuardian');
    // The old guardian has lost its powers, the new one has them.
    expectGovError(send(env, env.guardian, [getSetStakingPausedInstruction({ mint: env.mint, guardian: env.guardian.pubkey, paused: true })]), 'NotGuardian');
    ok(send(env, bob, [getSetStakingPausedInstruction({ mint: env.mint, guardian: bob.pubkey, paused: true })]));
    expect(readConfig(env).paused).toBe(true);
  });

  it('cancels with the zero key, replaces with a second proposal, and removes outright', async () => {
    const env = await govEnv();
    const alice = await voterWith(env, 5_000n);
    const bob = await newWallet(env.svm);
    const carol = await newWallet(env.svm);

    // Proposing the zero key cancels the pending hand-over.
    governanceChange(env, alice, { field: 'guardian', guardian: bob.pubkey });
    const cancelled = governanceChange(env, alice, { field: 'guardian', guardian: null });
    expect(parseGovernanceEvents(cancelled.logs)).toContainEqual({ kind: 'GuardianProposalCancelled', pendingGuardian: bob.pubkey });
    expect(pending(env)).toBeNull();
    expect(isGuardian(env, env.guardian)).toBe(true);
    expectGovError(accept(env, bob), 'NoPendingGuardian');

    // A second proposal replaces the first: only the latest key may accept.
    governanceChange(env, alice, { field: 'guardian', guardian: bob.pubkey });
    governanceChange(env, alice, { field: 'guardian', guardian: carol.pubkey });
    expect(pending(env)?.equals(carol.pubkey)).toBe(true);
    expectGovError(accept(env, bob), 'NotPendingGuardian');
    ok(accept(env, carol));
    expect(isGuardian(env, carol)).toBe(true);

    // RemoveGuardian removes the guardian and any pending one at once.
    governanceChange(env, alice, { field: 'guardian', guardian: bob.pubkey });
    const removed = governanceChange(env, alice, { field: 'removeGuardian' });
    expect(parseGovernanceEvents(removed.logs)).toContainEqual({ kind: 'ConfigUpdated', field: 11 });
    expect(isGuardian(env, null)).toBe(true);
    expect(pending(env)).toBeNull();
    expectGovError(accept(env, bob), 'NoPendingGuardian');

    // With no guardian, a proposed one accepts into the empty seat (previous: the zero key).
    governanceChange(env, alice, { field: 'guardian', guardian: bob.pubkey });
    const seated = ok(accept(env, bob));
    expect(parseGovernanceEvents(seated.logs)[0]).toMatchObject({ kind: 'GuardianAccepted', guardian: bob.pubkey });
    expect((parseGovernanceEvents(seated.logs)[0] as { previous: PublicKey }).previous.toBytes().every((b) => b === 0)).toBe(true);
  });

  it('keeps a proposal that proposes or removes a guardian out of the guardian’s reach', async () => {
    const env = await govEnv();
    const alice = await voterWith(env, 5_000n);
    const bob = await newWallet(env.svm);
    for (const update of [{ field: 'guardian', guardian: bob.pubkey }, { field: 'guardian', guardian: null }, { field: 'removeGuardian' }] as const) {
      const proposal = propose(env, alice, [alice.position], [governanceConfigAction({ mint: env.mint, update })]);
      expect(readProposal(env, proposal).changesGuardian, update.field).toBe(true);
      activate(env, alice, proposal);
      expectGovError(send(env, env.guardian, [getVetoInstruction({ mint: env.mint, guardian: env.guardian.pubkey, proposal })]), 'GuardianConflict');
      expectGovError(send(env, env.guardian, [getCancelInstruction({ mint: env.mint, authority: env.guardian.pubkey, proposal })]), 'GuardianConflict');
    }
  });
});
