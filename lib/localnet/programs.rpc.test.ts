/**
 * Keel programs from programs/deploy/ running behind the RPC: deployed at their
 * fixed ids, return data and events visible to clients, and the warped clock
 * seen by programs. Uses the probe program, committed as programs/deploy/probe.so:
 * a missing .so fails here rather than skipping.
 */
import { Keypair, LAMPORTS_PER_SOL, PublicKey, Transaction, TransactionInstruction, sendAndConfirmTransaction } from '@solana/web3.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALNET_PROGRAM_IDS } from '@/lib/config/programs';
import { startTestChain, type TestChain } from './testing';

const PROBE = new PublicKey(LOCALNET_PROGRAM_IDS.probe);
// Probe instruction discriminators (programs/probe/src/interface/instruction.rs).
const CLOCK_EVENT = 6;
const FAIL = 8;

let net: TestChain;
const payer = Keypair.generate();

function clockEvent(tag: bigint): TransactionInstruction {
  const data = Buffer.alloc(9);
  data[0] = CLOCK_EVENT;
  data.writeBigUInt64LE(tag, 1);
  return new TransactionInstruction({ programId: PROBE, keys: [], data });
}

/** CLOCK_EVENT return data: slot u64, unix_timestamp i64, epoch u64, tag u64. */
function decodeClock(base64: string) {
  const b = Buffer.from(base64, 'base64');
  return { slot: Number(b.readBigUInt64LE(0)), unixTimestamp: Number(b.readBigInt64LE(8)), tag: b.readBigUInt64LE(24) };
}

describe('deployed programs (probe)', () => {
  beforeAll(async () => {
    net = await startTestChain();
    expect(net.deployed.map((p) => p.name), 'programs/deploy/probe.so must be committed and deploy').toContain('probe');
    const c = net.connection;
    await c.confirmTransaction({ signature: await c.requestAirdrop(payer.publicKey, LAMPORTS_PER_SOL), ...(await c.getLatestBlockhash()) });
  });
  afterAll(() => net?.close());

  it('is deployed at its fixed id and executable', async () => {
    expect(net.deployed.map((p) => [p.name, p.programId])).toContainEqual(['probe', PROBE.toBase58()]);
    expect((await net.connection.getAccountInfo(PROBE))?.executable).toBe(true);
  });

  it('returns data and events, and sees the warped clock', async () => {
    const before = await net.connection.simulateTransaction(new Transaction({ feePayer: payer.publicKey, ...(await net.connection.getLatestBlockhash()) }).add(clockEvent(1n)));
    expect(before.value.returnData?.programId).toBe(PROBE.toBase58());
    const t0 = decodeClock(before.value.returnData!.data[0]);
    expect(Math.abs(t0.unixTimestamp - Date.now() / 1000)).toBeLessThan(3);

    await net.rpc('keel_warpTime', [{ days: 3 }]);
    const sig = await sendAndConfirmTransaction(net.connection, new Transaction().add(clockEvent(42n)), [payer]);
    // web3.js types leave out meta.returnData, so read the raw reply.
    const tx = (await net.rpc<{ meta: { returnData: { data: [string, string] }; logMessages: string[] } }>('getTransaction', [sig, { encoding: 'json' }])).result!;
    const t1 = decodeClock(tx.meta.returnData.data[0]);
    expect(t1.tag).toBe(42n);
    expect(t1.unixTimestamp - t0.unixTimestamp).toBeGreaterThanOrEqual(3 * 86_400);
    expect(t1.slot - t0.slot).toBeGreaterThanOrEqual(3 * 216_000);
    expect(tx.meta.logMessages.some((l) => l.startsWith('Program data: '))).toBe(true);
  });

  it('reports a program error through preflight', async () => {
    const fail = new TransactionInstruction({ programId: PROBE, keys: [], data: Buffer.from([FAIL, 0]) });
    const reply = await net.rpc('sendTransaction', [
      (await (async () => {
        const tx = new Transaction({ feePayer: payer.publicKey, ...(await net.connection.getLatestBlockhash()) }).add(fail);
        tx.sign(payer);
        return tx.serialize();
      })()).toString('base64'),
      { encoding: 'base64' },
    ]);
    expect(reply.error).toMatchObject({ code: -32002, data: { err: { InstructionError: [0, { Custom: 0 }] } } });
  });
});
