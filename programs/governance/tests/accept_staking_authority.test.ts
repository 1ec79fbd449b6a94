/**
 * Governance takes staking authorities that were proposed to its authority
 * PDA (staking's two-step hand-over) in two ways: through a proposal whose
 * action is staking `accept_authority` (the PDA signs in `execute`), and with
 * its own permissionless `accept_staking_authority`, which the hand-over at
 * set-up needs: no vote can count before governance is the vote authority.
 */
import { Keypair } from '@solana/web3.js';
import { describe, expect, it } from 'vitest';
import {
  getAcceptStakingAuthorityInstruction,
  GovernanceInstruction,
  parseGovernanceEvents,
  stakingAcceptAuthorityAction,
  stakingConfigAction,
} from '@/lib/programs/governance';
import { getLockForVoteInstruction, getUpdateConfigInstruction, parseStakingEvents } from '@/lib/programs/staking';
import { web3WithAccount, web3WithAccountCount, web3WithData, web3WithFlags } from '@/programs/test-support/web3';
import { expectError, expectGovError, expectStakingError } from './helpers/assert';
import {
  activate,
  execute,
  finalize,
  govEnv,
  newWallet,
  now,
  ok,
  propose,
  queue,
  readConfig,
  readProposal,
  send,
  updateConfig,
  vote,
  voteIx,
  voterWith,
  warpPast,
  DAY,
} from './helpers/governance';

describe('governance accepting the staking authority', () => {
  it('accepts the staking authority through a proposal: propose the PDA, vote, queue, execute', async () => {
    // Governance holds the vote authority (so votes count); the admin keeps the staking authority.
    const env = await govEnv({ handOver: 'voteAuthority' });
    const { admin, gov } = env;
    const alice = await voterWith(env, 50_000n);
    expect(readConfig(env).authority.equals(admin.pubkey)).toBe(true);
    expect(readConfig(env).voteAuthority.equals(gov.authority)).toBe(true);

    // Two proposals, passed side by side: `take` accepts the staking authority,
    // `use` changes the penalty (it needs the staking authority).
    const take = propose(env, alice, [alice.position], [stakingAcceptAuthorityAction({ mint: env.mint, which: 'authority' })]);
    const use = propose(env, alice, [alice.position], [stakingConfigAction({ mint: env.mint, update: { field: 'penaltyBps', penaltyBps: 800 } })]);
    for (const proposal of [take, use]) {
      activate(env, alice, proposal);
      vote(env, alice, proposal, 'for', [alice.position]);
    }
    warpPast(env, readProposal(env, use).endTs);
    for (const proposal of [take, use]) {
      ok(finalize(env, proposal));
      ok(queue(env, proposal));
    }
    warpPast(env, readProposal(env, use).etaTs);

    // Fail: the accept with nothing proposed to governance (the action stays retryable)
    expectStakingError(execute(env, take, 0), 'NoPendingAuthority');
    expect(readProposal(env, take).state).toBe('queued');

    // The admin proposes the governance authority PDA.
    updateConfig(env, { field: 'authority', authority: gov.authority });
    expect(readConfig(env).pendingAuthority?.equals(gov.authority)).toBe(true);
    // Fail: the pending PDA cannot act as the staking authority before it accepts
    expectStakingError(execute(env, use, 0), 'Unauthorized');
    // The admin keeps full power until then.
    updateConfig(env, { field: 'penaltyBps', penaltyBps: 700 });
    expect(readConfig(env).penaltyBps).toBe(700);

    // Success: the proposal's action accepts, signed by the PDA through execute.
    const accepted = ok(execute(env, take, 0));
    expect(parseStakingEvents(accepted.logs)).toEqual([{ kind: 'AuthorityAccepted', which: 'authority', authority: gov.authority, previous: admin.pubkey }]);
    const config = readConfig(env);
    expect(config.authority.equals(gov.authority)).toBe(true);
    expect(config.pendingAuthority).toBeNull();
    expect(readProposal(env, take).state).toBe('executed');
    // Now governance changes staking, and the admin cannot.
    ok(execute(env, use, 0));
    expect(readConfig(env).penaltyBps).toBe(800);
    const direct = getUpdateConfigInstruction({ authority: admin.pubkey, mint: env.mint, update: { field: 'penaltyBps', penaltyBps: 600 } });
    expectStakingError(send(env, admin, [direct]), 'Unauthorized');
  });

  it('accept_staking_authority: anyone completes a hand-over the staking authority proposed to the PDA', async () => {
    const env = await govEnv({ handOver: 'none' });
    const { admin, gov } = env;
    const alice = await voterWith(env, 5_000n);
    const carol = await newWallet(env.svm);
    const ix = getAcceptStakingAuthorityInstruction({ mint: env.mint, which: 'voteAuthority' });

    // Fail: accounts, data, writability, addresses
    expectError(send(env, carol, [web3WithAccountCount(ix, 3)]), 'NotEnoughAccountKeys');
    expectGovError(send(env, carol, [web3WithData(ix, Uint8Array.of(GovernanceInstruction.AcceptStakingAuthority, 2))]), 'InvalidInstructionData');
    expectGovError(send(env, carol, [web3WithData(ix, Uint8Array.of(GovernanceInstruction.AcceptStakingAuthority))]), 'InvalidInstructionData');
    expectGovError(send(env, carol, [web3WithFlags(ix, 2, { isWritable: false })]), 'AccountNotWritable');
    expectGovError(send(env, carol, [web3WithAccount(ix, 0, env.addrs.config)]), 'InvalidConfig');
    expectGovError(send(env, carol, [web3WithAccount(ix, 1, admin.pubkey)]), 'InvalidAuthority');
    expectGovError(send(env, carol, [web3WithAccount(ix, 2, env.addrs.stakeVault)]), 'InvalidStakingConfig');
    expectGovError(send(env, carol, [web3WithAccount(ix, 3, env.tokenProgram)]), 'InvalidStakingProgram');
    // Fail: nothing proposed, or another key proposed (the staking program's errors)
    expectStakingError(send(env, carol, [ix]), 'NoPendingAuthority');
    updateConfig(env, { field: 'voteAuthority', voteAuthority: carol.pubkey });
    expectStakingError(send(env, carol, [ix]), 'NotPendingAuthority');

    // The admin proposes the PDA. Until governance accepts, the admin keeps the
    // vote authority and no governance vote can lock positions, so none counts.
    updateConfig(env, { field: 'voteAuthority', voteAuthority: gov.authority });
    const proposal = propose(env, alice, [alice.position]);
    activate(env, alice, proposal);
    expectStakingError(send(env, alice, [voteIx(env, alice, proposal, 'for', [alice.position])]), 'NotVoteAuthority');
    ok(send(env, admin, [getLockForVoteInstruction({ voteAuthority: admin.pubkey, position: alice.position, owner: alice.pubkey, mint: env.mint, until: now(env.svm) + DAY })]));

    // Success: a stranger sends the accept.
    const result = ok(send(env, carol, [ix]));
    expect(parseGovernanceEvents(result.logs)).toEqual([{ kind: 'StakingAuthorityAccepted', stakingConfig: env.addrs.config, which: 'voteAuthority' }]);
    expect(parseStakingEvents(result.logs, env.addrs.programId)).toEqual([
      { kind: 'AuthorityAccepted', which: 'voteAuthority', authority: gov.authority, previous: admin.pubkey },
    ]);
    const config = readConfig(env);
    expect(config.voteAuthority.equals(gov.authority) && config.pendingVoteAuthority === null).toBe(true);
    expect(config.authority.equals(admin.pubkey)).toBe(true);
    expect(result.computeUnits).toBeLessThan(3_000);
    vote(env, alice, proposal, 'for', [alice.position]);
    // Fail: accepting again (nothing pending), or the authority nobody proposed to governance
    expectStakingError(send(env, carol, [ix]), 'NoPendingAuthority');
    expectStakingError(send(env, carol, [getAcceptStakingAuthorityInstruction({ mint: env.mint, which: 'authority' })]), 'NoPendingAuthority');
    // Fail: only for its own staking config (any other account there is refused before the CPI)
    const stranger = Keypair.generate().publicKey;
    expectGovError(send(env, carol, [web3WithAccount(ix, 2, stranger)]), 'InvalidStakingConfig');
  });
});
