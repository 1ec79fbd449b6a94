/**
 * `add_action` / `remove_action`: proposer only, while Draft, never on a
 * text-only proposal, up to the maximum, at the next index, bounded size, no
 * reference to the proposal or the action itself; stored exactly as built.
 */
import { TransactionInstruction } from '@solana/web3.js';
import { describe, expect, it } from 'vitest';
import {
  decodeAction,
  findActionPda,
  getAddActionInstruction,
  getRemoveActionInstruction,
  memoAction,
  parseGovernanceEvents,
  stakingConfigAction,
  stakingPauseAction,
} from '@/lib/programs/governance';
import { readAccount } from '@/programs/test-support';
import { web3WithAccount, web3WithAccountCount, web3WithData, web3WithFlags } from '@/programs/test-support/web3';
import { expectError, expectGovError } from './helpers/assert';
import { activate, exists, govEnv, ok, propose, readAction, readProposal, send, toAddress, voterWith } from './helpers/governance';

describe('governance add_action / remove_action', () => {
  it('stores actions on a Draft for its proposer, in order, within the limits', async () => {
    const env = await govEnv({ params: { maxActions: 2 } });
    const alice = await voterWith(env, 5_000n);
    const bob = await voterWith(env, 5_000n);
    const proposal = propose(env, alice, [alice.position]);
    const action = stakingConfigAction({ mint: env.mint, update: { field: 'penaltyBps', penaltyBps: 900 } });
    const add = (index: number, a: TransactionInstruction = action, proposer = alice) =>
      getAddActionInstruction({ mint: env.mint, proposer: proposer.pubkey, proposal, index, action: a });
    const ix = add(0);

    // Fail: accounts, signature, writability
    expectError(send(env, alice, [web3WithAccountCount(ix, 5)]), 'NotEnoughAccountKeys');
    expectGovError(send(env, alice, [web3WithFlags(ix, 4, { isWritable: false })]), 'AccountNotWritable');
    // Fail: not the proposer
    expectGovError(send(env, bob, [add(0, action, bob)]), 'NotProposer');
    // Fail: not the next index; a non-canonical action address
    expectGovError(send(env, alice, [add(1)]), 'InvalidActionIndex');
    expectGovError(send(env, alice, [web3WithAccount(ix, 4, findActionPda(proposal, 1)[0])]), 'InvalidAddress');
    // Fail: an action naming its own proposal or itself
    const selfRef = new TransactionInstruction({ programId: action.programId, keys: [{ pubkey: proposal, isSigner: false, isWritable: true }], data: Buffer.from([1]) });
    expectGovError(send(env, alice, [add(0, selfRef)]), 'InvalidAction');
    const itself = new TransactionInstruction({ programId: action.programId, keys: [{ pubkey: findActionPda(proposal, 0)[0], isSigner: false, isWritable: false }], data: Buffer.from([1]) });
    expectGovError(send(env, alice, [add(0, itself)]), 'InvalidAction');
    // Fail: too many accounts, too much data (patched past the builder's own checks)
    const huge = Uint8Array.from(ix.data);
    huge[35] = 17;
    expectGovError(send(env, alice, [web3WithData(ix, huge)]), 'ActionTooLarge');
    const metasEnd = 36 + 33 * ix.data[35]!;
    const long = Uint8Array.from(ix.data);
    long.set([0x01, 0x02], metasEnd); // data_len 513
    expectGovError(send(env, alice, [web3WithData(ix, long)]), 'ActionTooLarge');
    const flags = Uint8Array.from(ix.data);
    flags[36 + 32] = 4;
    expectGovError(send(env, alice, [web3WithData(ix, flags)]), 'InvalidInstructionData');

    // Success
    const result = ok(send(env, alice, [ix]));
    const stored = readAction(env, proposal, 0);
    expect(stored).toMatchObject({ index: 0, executed: false, executedAt: null });
    expect(stored.programId.equals(action.programId)).toBe(true);
    expect(stored.accounts).toEqual(action.keys);
    expect(Buffer.from(stored.data)).toEqual(action.data);
    expect(stored.proposal.equals(proposal)).toBe(true);
    expect(parseGovernanceEvents(result.logs)).toEqual([{ kind: 'ActionAdded', proposal, action: findActionPda(proposal, 0)[0], index: 0 }]);
    ok(send(env, alice, [add(1, memoAction('Upgrade staking to v2 (commit abc123)'))]));
    expect(readProposal(env, proposal)).toMatchObject({ actionIndices: [0, 1], nextActionIndex: 2 });
    // Fail: over the maximum (2)
    expectGovError(send(env, alice, [add(2, stakingPauseAction({ mint: env.mint, paused: true }))]), 'TooManyActions');

    // remove_action: proposer only; the rent goes back
    const remove = getRemoveActionInstruction({ proposer: alice.pubkey, proposal, index: 0 });
    expectGovError(send(env, bob, [getRemoveActionInstruction({ proposer: bob.pubkey, proposal, index: 0 })]), 'NotProposer');
    expectGovError(send(env, alice, [web3WithAccount(remove, 2, env.gov.governance)]), 'InvalidAction');
    const rent = readAccount(env.svm, toAddress(findActionPda(proposal, 0)[0]))!.lamports;
    const before = readAccount(env.svm, alice.address)!.lamports;
    const removed = ok(send(env, bob, [remove], [alice]));
    expect(readAccount(env.svm, alice.address)!.lamports).toBe(before + rent);
    expect(exists(env, findActionPda(proposal, 0)[0])).toBe(false);
    expect(parseGovernanceEvents(removed.logs)).toEqual([{ kind: 'ActionRemoved', proposal, index: 0 }]);
    expect(readProposal(env, proposal)).toMatchObject({ actionIndices: [1], nextActionIndex: 2 });
    // A new action takes the next index (2), after the remaining one.
    ok(send(env, alice, [add(2)]));
    expect(readProposal(env, proposal).actionIndices).toEqual([1, 2]);
    expect(decodeAction(readAccount(env.svm, toAddress(findActionPda(proposal, 2)[0]))!.data).index).toBe(2);

    // Fail: once voting started, neither add nor remove
    activate(env, alice, proposal);
    expectGovError(send(env, alice, [getRemoveActionInstruction({ proposer: alice.pubkey, proposal, index: 1 })]), 'InvalidProposalState');
    expectGovError(send(env, alice, [add(3)]), 'InvalidProposalState');
  });

  it('refuses actions on a text-only proposal', async () => {
    const env = await govEnv();
    const alice = await voterWith(env, 5_000n);
    const proposal = propose(env, alice, [alice.position], [], { type: 'text-only' });
    const ix = getAddActionInstruction({ mint: env.mint, proposer: alice.pubkey, proposal, index: 0, action: memoAction('hi') });
    expectGovError(send(env, alice, [ix]), 'ActionsNotAllowed');
  });
});
