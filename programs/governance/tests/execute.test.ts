/**
 * `execute`: only a Queued proposal, from its eta to eta + grace, each action
 * once and in order, with exactly its stored accounts; a failing action leaves
 * the proposal retryable and the error is the invoked program's; anyone may
 * execute.
 */
import { describe, expect, it } from 'vitest';
import { parseGovernanceEvents, stakingConfigAction, treasuryTransferAction } from '@/lib/programs/governance';
import { TOKEN } from '@/lib/programs/staking';
import { expectTokenError } from '@/programs/test-support/errors';
import { web3WithAccount, web3WithAccountCount, web3WithFlags } from '@/programs/test-support/web3';
import { expectError, expectGovError } from './helpers/assert';
import {
  activate,
  balance,
  execute,
  executeIx,
  finalize,
  govEnv,
  mintTokensTo,
  newWallet,
  ok,
  passAndQueue,
  propose,
  readAction,
  readConfig,
  readProposal,
  send,
  tokenAccount,
  TOKEN_CONFIGS,
  vote,
  voterWith,
  warpPast,
} from './helpers/governance';

describe('governance execute', () => {
  it('runs each action once, in order, after the timelock; a failure is retryable', async () => {
    const env = await govEnv();
    const alice = await voterWith(env, 5_000n);
    const bob = await voterWith(env, 1_000n);
    const recipient = await tokenAccount(env, bob.pubkey);
    const actions = [
      treasuryTransferAction({ mint: env.mint, tokenProgram: env.tokenProgram, destination: recipient, amount: 700n * TOKEN }),
      stakingConfigAction({ mint: env.mint, update: { field: 'penaltyBps', penaltyBps: 500 } }),
    ];
    const proposal = passAndQueue(env, alice, [alice.position], actions);
    const ix = executeIx(env, proposal, 0);
    // Fail: before the eta
    expectGovError(send(env, bob, [ix]), 'TimelockNotElapsed');
    warpPast(env, readProposal(env, proposal).etaTs);

    // Fail: accounts that differ from the stored ones, a missing program, read-only proposal
    expectGovError(send(env, bob, [web3WithAccount(ix, 5, bob.token)]), 'ActionAccountMismatch');
    expectGovError(send(env, bob, [web3WithAccount(ix, 7, env.gov.stakingProgramId)]), 'ActionAccountMismatch');
    expectError(send(env, bob, [web3WithAccountCount(ix, 7)]), 'NotEnoughAccountKeys');
    expectGovError(send(env, bob, [web3WithFlags(ix, 1, { isWritable: false })]), 'AccountNotWritable');
    // Fail: the second action before the first
    expectGovError(execute(env, proposal, 1), 'ActionOutOfOrder');
    // Fail: an action of another proposal
    expectGovError(send(env, bob, [web3WithAccount(ix, 1, propose(env, alice, [alice.position]))]), 'InvalidAction');
    // Fail: the treasury holds nothing yet: SPL Token's InsufficientFunds; nothing is recorded
    const failed = expectTokenError(send(env, bob, [ix]), 'InsufficientFunds', env.tokenProgram.toBase58());
    expect(parseGovernanceEvents(failed.logs)).toEqual([{ kind: 'ActionExecuting', proposal, index: 0, programId: env.tokenProgram }]);
    expect(readAction(env, proposal, 0).executed).toBe(false);
    expect(readProposal(env, proposal)).toMatchObject({ state: 'queued', executedIndices: [] });

    // Retry once funded: anyone (a stranger) executes
    await mintTokensTo(env, env.gov.treasury, 1_000n * TOKEN);
    const stranger = await newWallet(env.svm);
    const first = ok(send(env, stranger, [executeIx(env, proposal, 0)]));
    expect(balance(env, recipient)).toBe(700n * TOKEN);
    expect(readAction(env, proposal, 0)).toMatchObject({ executed: true });
    expect(readProposal(env, proposal)).toMatchObject({ state: 'queued', executedIndices: [0] });
    expect(first.computeUnits).toBeLessThan(6_000);
    // Fail: the same action twice
    expectGovError(execute(env, proposal, 0), 'ActionAlreadyExecuted');
    // The last action completes the proposal
    const last = ok(execute(env, proposal, 1));
    expect(readConfig(env).penaltyBps).toBe(500);
    expect(readProposal(env, proposal).state).toBe('executed');
    expect(parseGovernanceEvents(last.logs)).toEqual([
      { kind: 'ActionExecuting', proposal, index: 1, programId: env.gov.stakingProgramId },
      { kind: 'ProposalExecuted', proposal },
    ]);
    expectGovError(execute(env, proposal, 1), 'InvalidProposalState');
  });

  it('refuses a defeated proposal', async () => {
    const env = await govEnv();
    const alice = await voterWith(env, 1_000n);
    const bob = await voterWith(env, 5_000n);
    const proposal = propose(env, alice, [alice.position], [stakingConfigAction({ mint: env.mint, update: { field: 'penaltyBps', penaltyBps: 0 } })]);
    activate(env, alice, proposal);
    vote(env, alice, proposal, 'for', [alice.position]);
    vote(env, bob, proposal, 'against', [bob.position]);
    warpPast(env, readProposal(env, proposal).endTs + 30n * 86_400n);
    ok(finalize(env, proposal));
    expect(readProposal(env, proposal).state).toBe('defeated');
    expectGovError(execute(env, proposal, 0), 'InvalidProposalState');
    expect(readConfig(env).penaltyBps).toBe(1_000);
  });

  it.each(TOKEN_CONFIGS.slice(1))('moves treasury tokens with $name', async (token) => {
    const env = await govEnv({ token });
    const alice = await voterWith(env, 5_000n);
    const recipient = await tokenAccount(env, alice.pubkey);
    await mintTokensTo(env, env.gov.treasury, 100n * TOKEN);
    const proposal = passAndQueue(env, alice, [alice.position], [
      treasuryTransferAction({ mint: env.mint, tokenProgram: env.tokenProgram, destination: recipient, amount: 40n * TOKEN }),
    ]);
    warpPast(env, readProposal(env, proposal).etaTs);
    ok(execute(env, proposal, 0));
    expect(balance(env, env.gov.treasury)).toBe(60n * TOKEN);
    const fee = token.transferFeeBasisPoints ? (40n * TOKEN * BigInt(token.transferFeeBasisPoints)) / 10_000n : 0n;
    expect(balance(env, recipient)).toBe(40n * TOKEN - fee);
  });
});
