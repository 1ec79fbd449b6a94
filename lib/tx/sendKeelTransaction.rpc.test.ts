import path from 'node:path';
import {
  ComputeBudgetProgram,
  Connection,
  Keypair,
  LAMPORTS_PER_SOL,
  PublicKey,
  SystemProgram,
  TransactionInstruction,
  type VersionedTransactionResponse,
} from '@solana/web3.js';
import { QueryClient } from '@tanstack/react-query';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { KeelError } from '@/lib/errors/keel-error';
import { LOCALNET_PROGRAM_IDS } from '@/lib/config/programs';
import { LocalChain } from '@/lib/localnet/chain';
import { deployPrograms } from '@/lib/localnet/deploy';
import { createServer, type RpcServer } from '@/lib/localnet/server';
import { accountQueryKey } from '@/lib/solana/query-keys';
import { sendKeelTransaction, type TxProgress } from './sendKeelTransaction';
import { keypairSigner } from './signer';

/**
 * The helper's non-UI core against the real local chain server, in-process on
 * free ports, with a Keypair in place of a browser wallet.
 */
let server: RpcServer;
let connection: Connection;
const payer = Keypair.generate();

const ROOT = path.resolve(__dirname, '..', '..');
// Committed by `npm run build:programs`; a missing probe fails the set-up, never skips.
const DEPLOY_DIR = path.join(ROOT, 'programs', 'deploy');

beforeAll(async () => {
  const chain = LocalChain.create();
  const { deployed, problems } = deployPrograms(chain.svm, DEPLOY_DIR, path.join(ROOT, 'programs', 'keys'));
  expect(problems).toEqual([]);
  expect(deployed.map((p) => p.name)).toContain('probe');
  server = await createServer({ chain, port: 0 });
  connection = new Connection(server.url, { commitment: 'confirmed', wsEndpoint: server.wsUrl });
  const latest = await connection.getLatestBlockhash();
  const signature = await connection.requestAirdrop(payer.publicKey, 5 * LAMPORTS_PER_SOL);
  await connection.confirmTransaction({ signature, ...latest });
});

afterAll(async () => {
  await server?.close();
});

function cluster() {
  return { id: 'localnet' as const, rpcUrl: server.url, key: 'localnet' };
}

describe('sendKeelTransaction on the local chain', () => {
  it('simulates, sizes the compute budget, signs, sends and confirms', async () => {
    const recipient = Keypair.generate().publicKey;
    const queryClient = new QueryClient();
    const invalidate = vi.spyOn(queryClient, 'invalidateQueries');
    const progress: TxProgress['stage'][] = [];

    const result = await sendKeelTransaction({
      connection,
      wallet: keypairSigner(payer),
      instructions: [SystemProgram.transfer({ fromPubkey: payer.publicKey, toPubkey: recipient, lamports: LAMPORTS_PER_SOL / 10 })],
      label: 'Send 0.1 SOL',
      cluster: cluster(),
      queryClient,
      invalidate: [['keel', 'localnet', 'extra']],
      onProgress: (p) => progress.push(p.stage),
    });

    expect(progress).toEqual(['simulating', 'signing', 'sending', 'confirming', 'confirmed']);
    expect(result.unitsConsumed).toBeGreaterThan(0);
    expect(result.computeUnitLimit).toBe(Math.max(1_000, Math.ceil(result.unitsConsumed * 1.1)));
    expect(result.priorityFeeMicroLamports).toBeGreaterThanOrEqual(1_000);
    expect(result.explorerUrl).toContain(`/tx/${result.signature}?cluster=custom&customUrl=`);
    expect(await connection.getBalance(recipient)).toBe(LAMPORTS_PER_SOL / 10);

    const status = await connection.getSignatureStatus(result.signature);
    expect(status.value?.err).toBeNull();
    expect(['confirmed', 'finalized']).toContain(status.value?.confirmationStatus);

    // The landed transaction starts with SetComputeUnitLimit(derived) and SetComputeUnitPrice.
    const landed = (await connection.getTransaction(result.signature, {
      commitment: 'confirmed',
      maxSupportedTransactionVersion: 0,
    })) as VersionedTransactionResponse;
    const keys = landed.transaction.message.staticAccountKeys;
    const [limitIx, priceIx] = landed.transaction.message.compiledInstructions;
    expect(keys[limitIx!.programIdIndex]!.equals(ComputeBudgetProgram.programId)).toBe(true);
    expect(limitIx!.data[0]).toBe(2);
    expect(Buffer.from(limitIx!.data).readUInt32LE(1)).toBe(result.computeUnitLimit);
    expect(keys[priceIx!.programIdIndex]!.equals(ComputeBudgetProgram.programId)).toBe(true);
    expect(Buffer.from(priceIx!.data).readBigUInt64LE(1)).toBe(BigInt(result.priorityFeeMicroLamports));
    expect(landed.meta?.computeUnitsConsumed).toBeLessThanOrEqual(result.computeUnitLimit);

    // Explicit keys plus every written account's prefix.
    const invalidated = invalidate.mock.calls.map(([filters]) => JSON.stringify(filters?.queryKey));
    expect(invalidated).toContain(JSON.stringify(['keel', 'localnet', 'extra']));
    expect(invalidated).toContain(JSON.stringify(accountQueryKey(cluster(), payer.publicKey)));
    expect(invalidated).toContain(JSON.stringify(accountQueryKey(cluster(), recipient)));
  });

  it('stops at a failed simulation with a decoded error and logs, sending nothing', async () => {
    const poor = Keypair.generate();
    // Fund just enough for fees so the failure is the transfer, not the fee.
    const latest = await connection.getLatestBlockhash();
    const funding = await connection.requestAirdrop(poor.publicKey, LAMPORTS_PER_SOL / 100);
    await connection.confirmTransaction({ signature: funding, ...latest });
    const before = await connection.getBalance(poor.publicKey);
    const send = vi.spyOn(connection, 'sendRawTransaction');
    const signer = keypairSigner(poor);
    const sign = vi.spyOn(signer, 'signTransaction');

    const error = await sendKeelTransaction({
      connection,
      wallet: signer,
      instructions: [SystemProgram.transfer({ fromPubkey: poor.publicKey, toPubkey: payer.publicKey, lamports: 5 * LAMPORTS_PER_SOL })],
      label: 'Overspend',
      cluster: cluster(),
    }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(KeelError);
    const keelError = error as KeelError;
    // Instruction 2 is the transfer (after the two compute-budget instructions).
    expect(keelError.code).toBe('program:system:ResultWithNegativeLamports');
    expect(keelError.message).toBe('The account does not have enough SOL for this transfer.');
    expect(keelError.details).toMatchObject({ instructionIndex: 2, customCode: 1 });
    expect(keelError.logs.some((l) => l.includes('insufficient lamports'))).toBe(true);
    expect(keelError.signature).toBeUndefined();

    expect(sign).not.toHaveBeenCalled();
    expect(send).not.toHaveBeenCalled();
    expect(await connection.getBalance(poor.publicKey)).toBe(before);
    expect(await connection.getSignaturesForAddress(poor.publicKey)).toHaveLength(1); // only the airdrop
    send.mockRestore();
  });

  it('reports an unreachable RPC as rpc:unavailable', async () => {
    const dead = new Connection('http://127.0.0.1:9', 'confirmed');
    const error = await sendKeelTransaction({
      connection: dead,
      wallet: keypairSigner(payer),
      instructions: [SystemProgram.transfer({ fromPubkey: payer.publicKey, toPubkey: payer.publicKey, lamports: 1 })],
      label: 'Nowhere',
    }).catch((e: unknown) => e);
    expect((error as KeelError).code).toBe('rpc:unavailable');
  });
});

describe('sendKeelTransaction with the probe program', () => {
  const probe = new PublicKey(LOCALNET_PROGRAM_IDS.probe);

  it('sizes the compute limit from a real program run', async () => {
    // clock_event (programs/probe interface): `0 u8 6`, `1 u64 tag`; no accounts.
    const data = Buffer.alloc(9);
    data[0] = 6;
    data.writeBigUInt64LE(42n, 1);
    const result = await sendKeelTransaction({
      connection,
      wallet: keypairSigner(payer),
      instructions: [new TransactionInstruction({ programId: probe, keys: [], data })],
      label: 'Probe clock event',
      cluster: cluster(),
    });
    expect(result.unitsConsumed).toBeGreaterThan(0);
    expect(result.computeUnitLimit).toBe(Math.max(1_000, Math.ceil(result.unitsConsumed * 1.1)));
    expect(result.logs.some((l) => l.startsWith('Program data:'))).toBe(true);
  });

  it('decodes the probe’s Custom error through its registered table', async () => {
    const send = vi.spyOn(connection, 'sendRawTransaction');
    // fail (programs/probe interface): `0 u8 8`, `1 u8 kind`; kind 0 returns DeliberateFailure.
    const error = await sendKeelTransaction({
      connection,
      wallet: keypairSigner(payer),
      instructions: [new TransactionInstruction({ programId: probe, keys: [], data: Buffer.from([8, 0]) })],
      label: 'Probe fail',
      cluster: cluster(),
    }).catch((e: unknown) => e);
    expect((error as KeelError).code).toBe('program:probe:DeliberateFailure');
    expect((error as KeelError).message).toBe('The probe failed on purpose (fail instruction).');
    expect((error as KeelError).logs.some((l) => l.includes(`${probe.toBase58()} failed`))).toBe(true);
    expect(send).not.toHaveBeenCalled();
    send.mockRestore();
  });
});
