/**
 * End to end: fixture source → cargo → converter → .so → LiteSVM (the real
 * SBPFv0 loader and VM). If the layout, a relocation or the callx rewrite were
 * wrong, the program would not load or would compute the wrong numbers.
 */
import {
  appendTransactionMessageInstruction,
  createTransactionMessage,
  generateKeyPairSigner,
  lamports,
  pipe,
  setTransactionMessageFeePayerSigner,
  setTransactionMessageLifetimeUsingBlockhash,
  signTransactionMessageWithSigners,
  type Address,
  type KeyPairSigner,
} from '@solana/kit';
import { FailedTransactionMetadata, LiteSVM, TransactionMetadata } from 'litesvm';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES_DIR } from '../toolchain/paths';
import { BUILD_TIMEOUT, buildFixture } from './helpers/fixtures';

let svm: LiteSVM;
let payer: KeyPairSigner;
const programs: Record<string, Address> = {};

beforeAll(async () => {
  svm = new LiteSVM();
  payer = await generateKeyPairSigner();
  svm.airdrop(payer.address, lamports(1_000_000_000n));
  for (const name of ['hello', 'bare']) {
    const built = await buildFixture(name);
    programs[name] = (await generateKeyPairSigner()).address;
    svm.addProgramFromFile(programs[name]!, built.file);
  }
}, BUILD_TIMEOUT);

async function invoke(program: string, data: number[]) {
  const message = pipe(
    createTransactionMessage({ version: 0 }),
    (m) => setTransactionMessageFeePayerSigner(payer, m),
    (m) => setTransactionMessageLifetimeUsingBlockhash({ blockhash: svm.latestBlockhash(), lastValidBlockHeight: 0n }, m),
    (m) => appendTransactionMessageInstruction({ programAddress: programs[program]!, accounts: [], data: new Uint8Array(data) }, m),
  );
  const result = svm.sendTransaction(await signTransactionMessageWithSigners(message));
  svm.expireBlockhash(); // the same instruction may be sent twice
  return result;
}

function customError(result: TransactionMetadata | FailedTransactionMetadata): number | undefined {
  if (!(result instanceof FailedTransactionMetadata)) return undefined;
  const err = result.err() as { err?: () => unknown };
  const inner = err.err?.() as { code?: number } | undefined;
  return inner?.code;
}

describe('a converted program runs in LiteSVM', () => {
  it('logs and succeeds when its input says 0', async () => {
    const result = await invoke('hello', [0, 0, 0, 0]);
    expect(result).toBeInstanceOf(TransactionMetadata);
    const logs = (result as TransactionMetadata).logs();
    expect(logs).toContain('Program log: hello from a keel fixture');
    // data length 4 (even) → table[0] = double(4 + 1) = 10, through callx.
    expect(logs).toContain('Program log: 0x4, 0xa, 0x0, 0x0, 0x0');
  });

  it('returns the error code from its input as Custom(n)', async () => {
    const result = await invoke('hello', [0x39, 0x05, 0, 0, 0xff]); // 1337, 5 bytes
    expect(result).toBeInstanceOf(FailedTransactionMetadata);
    expect(customError(result)).toBe(1337);
    const logs = (result as FailedTransactionMetadata).meta().logs();
    expect(logs).toContain('Program log: hello from a keel fixture');
    // data length 5 (odd) → table[1] = square(5 + 1) = 36 = 0x24.
    expect(logs).toContain('Program log: 0x5, 0x24, 0x0, 0x0, 0x0');
    expect(logs.some((l) => l.includes('custom program error: 0x539'))).toBe(true);
  });

  it('panics on short input and logs the panic location', async () => {
    const source = readFileSync(path.join(FIXTURES_DIR, 'hello/src/lib.rs'), 'utf8').split('\n');
    const line = source.findIndex((l) => l.includes('&data[..4]')) + 1;
    const result = await invoke('hello', [1, 2]);
    expect(result).toBeInstanceOf(FailedTransactionMetadata);
    const logs = (result as FailedTransactionMetadata).meta().logs();
    expect(logs).toContain('Program log: hello/src/lib.rs');
    expect(logs.some((l) => l.startsWith(`Program log: 0x${line.toString(16)}, `))).toBe(true);
  });

  it('loads the smallest layout (no .rodata, no .rel.dyn) and runs it', async () => {
    expect(await invoke('bare', [])).toBeInstanceOf(TransactionMetadata);
    expect(customError(await invoke('bare', [1, 2, 3]))).toBe(3);
  });
});
