/**
 * Maker parameters through governance on the demo chain, where the seed made
 * governance's authority PDA the maker authority: nobody else can change the
 * config any more; a proposal built from the maker forms (rotate the
 * reporter, new bond rules, 100,000 KEEL more for the season from the
 * treasury) shows its effect in a simulation, passes, executes, and the
 * config changes. The old reporter is then refused by name; the new one
 * records fills, continuing the sequence.
 */
import { getAccount } from '@solana/spl-token';
import { Keypair, PublicKey } from '@solana/web3.js';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_MAKERS, DEMO_MINT } from '@/lib/demo/addresses';
import { passProposal } from '@/lib/demo/governance';
import { demoKeypair, devKeypair } from '@/lib/demo/keys';
import { DEMO_MAKERS_KEYS } from '@/lib/demo/makers';
import { seed } from '@/lib/localnet/seed';
import { startTestChain, type TestChain } from '@/lib/localnet/testing';
import { describeAction, governanceAddresses, makersConfigAction, makersFundAction } from '@/lib/programs/governance';
import { makersUpdateConfigInstruction, type MakersConfig, readMakersConfig } from '@/lib/programs/makers';
import { SimulatedMarket } from '@/lib/reporter/market';
import { reportFills } from '@/lib/reporter/report';
import { rpcReporterChain } from '@/lib/reporter/send';
import { connectionTarget } from '@/lib/token/web3-target';
import { currentMakersForm, type MakersParameterForm, validateMakersParameter } from './makers-parameters';
import { simulateActions } from './simulate';

const mint = new PublicKey(DEMO_MINT);
const gov = governanceAddresses({ mint });
const keys = DEMO_MAKERS_KEYS;
const K = 1_000_000_000n;

let chain: TestChain | undefined;
afterEach(async () => {
  await chain?.close();
  chain = undefined;
});

describe('maker parameters through governance', () => {
  it('a proposal with maker actions passes, executes and changes the config; the rotated reporter takes over', async () => {
    chain = await startTestChain({ seed });
    const { connection } = chain;
    const read = async (): Promise<MakersConfig> => readMakersConfig((await connection.getAccountInfo(keys.config, 'confirmed'))!.data);
    const before = await read();
    expect(before.authority).toBe(gov.authority.toBase58());

    // The dev treasury held the authority until the seed's end: no longer.
    const treasury = devKeypair('authority');
    const direct = makersUpdateConfigInstruction({ keys, authority: treasury.publicKey, update: { __kind: 'SetPaused', paused: true } });
    await expect(connectionTarget(connection, treasury).send([direct])).rejects.toThrow(/0x3\b/);

    // The actions, from the forms the new-proposal page shows.
    const tokenProgram = new PublicKey(before.tokenProgram);
    const treasuryBalance = (await getAccount(connection, gov.treasury, 'confirmed', tokenProgram)).amount;
    const ctx = { config: before, treasury: gov.treasury, treasuryBalance };
    const fill = <F extends MakersParameterForm['kind']>(kind: F, values: Partial<Extract<MakersParameterForm, { kind: F }>['values']>) => {
      const r = validateMakersParameter({ kind, values: { ...currentMakersForm(kind, before).values, ...values } } as MakersParameterForm, ctx);
      if (!r.ok) throw new Error(JSON.stringify(r.errors));
      return r.change;
    };
    const newReporter = Keypair.generate();
    const changes = [
      fill('reporter', { reporter: newReporter.publicKey.toBase58() }),
      fill('bond-rules', { minBond: '2,000', inactivityDays: '14', slashPct: '20' }),
      fill('season-budget', { amount: '100,000' }),
    ];
    const actions = changes.map((c) =>
      c.kind === 'update' ? makersConfigAction({ mint, update: c.update, treasury: c.treasury }) : makersFundAction({ mint, tokenProgram, amount: c.amount, target: c.target }),
    );
    const words = actions.map((a) => describeAction(a, { governance: gov, makersConfig: before }).summary);
    expect(words[2]).toBe('Add 100,000 KEEL from the treasury to the makers budget of season 1');

    // What the proposal page shows before the vote: the simulated effect of each action.
    const effects = await simulateActions({ connection, payer: treasury.publicKey, addresses: gov, actions: actions.map((instruction, index) => ({ index, instruction })) });
    expect(effects.actions.map((a) => a.status)).toEqual(['ok', 'ok', 'ok']);
    expect(effects.actions[0]!.lines.map((l) => l.label)).toEqual(['Fill reporter']);
    expect(effects.actions[1]!.lines.map((l) => l.label)).toEqual(['Smallest bond', 'Slashable after no fills for', 'A slash takes']);
    expect(effects.actions[2]!.lines).toContainEqual({ label: 'Season 1 budget', before: '1,500,000 KEEL', after: '1,600,000 KEEL' });

    await passProposal({ connection, type: 'parameter-change', title: 'Rotate the reporter, tighten bonds, top up season 1', actions });

    const after = await read();
    expect(after.reporter).toBe(newReporter.publicKey.toBase58());
    expect([after.minBond, after.inactivityWindowSecs, after.slashBps]).toEqual([2_000n * K, 14n * 86_400n, 2_000]);
    expect(after.unbondCooldownSecs).toBe(before.unbondCooldownSecs);
    expect(after.seasonBudget).toBe(before.seasonBudget + 100_000n * K);
    expect((await getAccount(connection, gov.treasury, 'confirmed', tokenProgram)).amount).toBe(treasuryBalance - 100_000n * K);
    expect(after.authority).toBe(gov.authority.toBase58());

    // The old reporter is refused by name, before it sends anything; the new one continues the sequence.
    const makers = DEMO_MAKERS.map((m) => ({ wallet: new PublicKey(m.wallet), edgeBps: 3, jitterBps: 1, sizeSol: 20, uptime: 0.9 }));
    const fills = new SimulatedMarket({ seed: 'rotated', makers, firstId: after.reporterSequence + 1n }).ticks(5);
    const old = rpcReporterChain(connection, demoKeypair('reporter'));
    const refused = await reportFills(old, fills, { keys, reporter: demoKeypair('reporter').publicKey });
    expect(refused.failures.map((f) => f.code)).toEqual(['program:makers:NotReporter']);
    await connection.confirmTransaction(await connection.requestAirdrop(newReporter.publicKey, 1e9), 'confirmed');
    const rotated = rpcReporterChain(connection, newReporter);
    const recorded = await reportFills(rotated, fills, { keys, reporter: newReporter.publicKey });
    expect(recorded.failures).toEqual([]);
    expect((await read()).reporterSequence).toBe(fills.at(-1)!.id);
  }, 120_000);
});
