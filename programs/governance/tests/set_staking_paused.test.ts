/**
 * `set_staking_paused`: the guardian's emergency stop of staking (through the
 * authority PDA); nobody else. Governance keeps working while staking is
 * paused, so an executed proposal can unpause it as well as the guardian.
 */
import { describe, expect, it } from 'vitest';
import { getSetStakingPausedInstruction, parseGovernanceEvents, stakingPauseAction } from '@/lib/programs/governance';
import { TOKEN } from '@/lib/programs/staking';
import { web3WithAccount, web3WithData, web3WithFlags } from '@/programs/test-support/web3';
import { expectError, expectGovError, expectStakingError } from './helpers/assert';
import { execute, govEnv, ok, passAndQueue, readConfig, readProposal, send, stakeIx, stakerWallet, voterWith, warpPast } from './helpers/governance';

describe('governance set_staking_paused', () => {
  it('lets the guardian pause and resume staking', async () => {
    const env = await govEnv();
    const alice = await voterWith(env, 5_000n);
    const carol = await stakerWallet(env, 1_000n);
    const ix = getSetStakingPausedInstruction({ mint: env.mint, guardian: env.guardian.pubkey, paused: true });
    // Fail: signature, a stranger, wrong accounts, bad value
    expectError(send(env, alice, [web3WithFlags(ix, 0, { isSigner: false })]), 'MissingRequiredSignature');
    expectGovError(send(env, alice, [getSetStakingPausedInstruction({ mint: env.mint, guardian: alice.pubkey, paused: true })]), 'NotGuardian');
    expectGovError(send(env, env.guardian, [web3WithAccount(ix, 2, env.admin.pubkey)]), 'InvalidAuthority');
    expectGovError(send(env, env.guardian, [web3WithAccount(ix, 3, env.addrs.stakeVault)]), 'InvalidStakingConfig');
    expectGovError(send(env, env.guardian, [web3WithAccount(ix, 4, env.tokenProgram)]), 'InvalidStakingProgram');
    expectGovError(send(env, env.guardian, [web3WithFlags(ix, 3, { isWritable: false })]), 'AccountNotWritable');
    expectGovError(send(env, env.guardian, [web3WithData(ix, Uint8Array.of(14, 2))]), 'InvalidParameter');

    const result = ok(send(env, env.guardian, [ix]));
    expect(readConfig(env).paused).toBe(true);
    expect(parseGovernanceEvents(result.logs)).toEqual([{ kind: 'StakingPauseSet', guardian: env.guardian.pubkey, paused: true }]);
    expectStakingError(send(env, carol, [stakeIx(env, carol, 0, 500n * TOKEN)]), 'Paused');
    ok(send(env, env.guardian, [getSetStakingPausedInstruction({ mint: env.mint, guardian: env.guardian.pubkey, paused: false })]));
    expect(readConfig(env).paused).toBe(false);
    ok(send(env, carol, [stakeIx(env, carol, 0, 500n * TOKEN)]));
  });

  it('lets an executed proposal unpause staking while it is paused (proposals, votes and execution go on)', async () => {
    const env = await govEnv();
    const alice = await voterWith(env, 5_000n);
    const carol = await stakerWallet(env, 1_000n);
    ok(send(env, env.guardian, [getSetStakingPausedInstruction({ mint: env.mint, guardian: env.guardian.pubkey, paused: true })]));
    expect(readConfig(env).paused).toBe(true);
    // Created, voted (the vote locks alice's position as usual), finalized, queued and executed while paused.
    const proposal = passAndQueue(env, alice, [alice.position], [stakingPauseAction({ mint: env.mint, paused: false })]);
    expect(readConfig(env).paused).toBe(true);
    expectStakingError(send(env, carol, [stakeIx(env, carol, 0, 500n * TOKEN)]), 'Paused');
    warpPast(env, readProposal(env, proposal).etaTs);
    ok(execute(env, proposal, 0));
    expect(readProposal(env, proposal).state).toBe('executed');
    expect(readConfig(env).paused).toBe(false);
    ok(send(env, carol, [stakeIx(env, carol, 0, 500n * TOKEN)]));
  });
});
