/**
 * `getTransaction` with `jsonParsed` on the seeded local chain names staking
 * and governance instructions from programs/deploy/{staking,governance}.idl.json,
 * as explorers do for programs that publish an IDL: a proposal filed and
 * activated (governance create_proposal, staking sync, activate) and a vote
 * (sync, cast_vote, and the staking lock_for_vote it makes by CPI, without
 * the optional staker record).
 */
import { PublicKey, SYSVAR_CLOCK_PUBKEY, SYSVAR_RENT_PUBKEY } from '@solana/web3.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALNET_PROGRAM_IDS } from '@/lib/config/programs';
import { DEMO_MINT } from '@/lib/demo/addresses';
import { voteOnDemoProposal } from '@/lib/demo/governance';
import { devKeypair } from '@/lib/demo/keys';
import { governanceAddresses } from '@/lib/programs/governance';
import { seed } from './seed';
import { startTestChain, type TestChain } from './testing';

type Parsed = { program?: string; programId: string; parsed?: { type: string; info: Record<string, unknown> }; stackHeight: number | null };
interface ParsedTransaction {
  transaction: { message: { instructions: Parsed[] } };
  meta: { innerInstructions: { index: number; instructions: Parsed[] }[] };
}

const STAKING = LOCALNET_PROGRAM_IDS.staking;
const GOVERNANCE = LOCALNET_PROGRAM_IDS.governance;
const SYSTEM = '11111111111111111111111111111111';
const CLOCK = SYSVAR_CLOCK_PUBKEY.toBase58();
const RENT = SYSVAR_RENT_PUBKEY.toBase58();
const gov = governanceAddresses({ mint: new PublicKey(DEMO_MINT) });

let net: TestChain;
let filed: ParsedTransaction;
let voted: ParsedTransaction;
let proposal: PublicKey;
const alice = devKeypair('alice');
const bob = devKeypair('bob');

describe('jsonParsed with the staking and governance IDLs', () => {
  beforeAll(async () => {
    net = await startTestChain({ seed });
    expect(net.deployed.map((p) => p.name)).toEqual(expect.arrayContaining(['staking', 'governance']));
    ({ proposal } = await voteOnDemoProposal({ connection: net.connection, voter: alice, side: 'for' }));
    const signatures = (await net.rpc<{ signature: string }[]>('getSignaturesForAddress', [proposal.toBase58()])).result!;
    expect(signatures).toHaveLength(2);
    // Newest first: the vote, then the filing.
    const fetch = async (signature: string) =>
      (await net.rpc<ParsedTransaction>('getTransaction', [signature, { encoding: 'jsonParsed', maxSupportedTransactionVersion: 0 }])).result!;
    [voted, filed] = await Promise.all([fetch(signatures[0]!.signature), fetch(signatures[1]!.signature)]);
  }, 120_000);
  afterAll(() => net?.close());

  it('names create_proposal, staking sync and activate with their accounts and arguments', () => {
    const [create, sync, activate] = filed.transaction.message.instructions;
    expect(create).toMatchObject({
      program: 'governance',
      programId: GOVERNANCE,
      parsed: {
        type: 'createProposal',
        info: {
          proposer: bob.publicKey.toBase58(),
          payer: devKeypair('authority').publicKey.toBase58(),
          governance: gov.governance.toBase58(),
          stakingConfig: gov.stakingConfig.toBase58(),
          proposal: proposal.toBase58(),
          systemProgram: SYSTEM,
          proposalType: 'textOnly',
          descriptionHash: Buffer.alloc(32).toString('base64'),
          titleLen: 'Signal (dev): vote-lock test'.length,
          uriLen: 0,
          titleAndUri: 'Signal (dev): vote-lock test',
        },
      },
    });
    const info = create!.parsed!.info;
    expect(Object.keys(info)).toEqual([
      'proposer',
      'payer',
      'governance',
      'stakingConfig',
      'proposal',
      'systemProgram',
      'positions',
      'id',
      'bump',
      'proposalType',
      'descriptionHash',
      'titleLen',
      'uriLen',
      'titleAndUri',
    ]);
    expect((info.positions as string[]).length).toBeGreaterThan(0);
    expect(typeof info.id).toBe('string'); // u64: a decimal string
    expect(sync).toMatchObject({
      program: 'staking',
      programId: STAKING,
      parsed: { type: 'sync', info: { config: gov.stakingConfig.toBase58(), schedule: gov.stakingSchedule.toBase58() } },
    });
    expect(activate).toMatchObject({
      program: 'governance',
      parsed: { type: 'activate', info: { proposer: bob.publicKey.toBase58(), governance: gov.governance.toBase58(), proposal: proposal.toBase58(), stakingConfig: gov.stakingConfig.toBase58() } },
    });
  });

  it('names cast_vote and the staking lock_for_vote it makes, without the optional staker', () => {
    const [sync, vote] = voted.transaction.message.instructions;
    expect(sync).toMatchObject({ program: 'staking', parsed: { type: 'sync' } });
    expect(vote).toMatchObject({
      program: 'governance',
      parsed: {
        type: 'castVote',
        info: {
          voter: alice.publicKey.toBase58(),
          governance: gov.governance.toBase58(),
          proposal: proposal.toBase58(),
          authority: gov.authority.toBase58(),
          stakingConfig: gov.stakingConfig.toBase58(),
          stakingSchedule: gov.stakingSchedule.toBase58(),
          stakingProgram: STAKING,
          systemProgram: SYSTEM,
          sysvars: [CLOCK, RENT],
          side: 'for',
        },
      },
    });
    const votes = vote!.parsed!.info.votes as string[];
    const bumps = vote!.parsed!.info.bumps as number[];
    expect(votes.length).toBe(2 * bumps.length); // linear: a position and its vote record per bump
    const inner = voted.meta.innerInstructions.find((i) => i.index === 1)!.instructions;
    const locks = inner.filter((i) => i.programId === STAKING);
    expect(locks).toHaveLength(bumps.length);
    expect(locks[0]).toMatchObject({
      program: 'staking',
      stackHeight: 2,
      parsed: { type: 'lockForVote', info: { voteAuthority: gov.authority.toBase58(), config: gov.stakingConfig.toBase58(), schedule: gov.stakingSchedule.toBase58(), position: votes[0], clock: CLOCK } },
    });
    expect(Object.keys(locks[0]!.parsed!.info)).toEqual(['voteAuthority', 'config', 'schedule', 'position', 'clock', 'until']);
    expect(inner.some((i) => i.program === 'system' && i.parsed?.type === 'createAccount')).toBe(true);
  });
});
