/**
 * Compute units of the makers program (success paths, including the token
 * CPIs). Goals (issue 9): a fill in a full batch ≤ 1,000 CU, a batch of one
 * ≤ 2,000 CU, claim ≤ 4,000 CU.
 *
 * `record_fills.per_fill` is a full batch divided by its fills: the most fills
 * one transaction carries with four makers (`fillsPerTransaction`; 16 bytes
 * per fill in a 1,232-byte transaction), each maker already rolled into the
 * season, calm and volatile fills mixed, early makers; `record_fill` a batch
 * of one. `register` is measured for a wallet whose maker PDA has bump 255
 * (the on-chain canonical-bump search costs 1,500 CU per bump tried).
 * `claim` pays into an existing token account; `claim.create_ata` creates the
 * wallet's associated token account first (~18,000 CU of the ATA program).
 *
 * Run as a script (`npx tsx bench/programs/makers.ts`) it prints how many
 * fills fit one transaction for 1, 4, 8 and 16 makers.
 */
import {
  type Address,
  appendTransactionMessageInstructions,
  compileTransaction,
  createTransactionMessage,
  getTransactionEncoder,
  type Instruction,
  type KeyPairSigner,
  pipe,
  setTransactionMessageFeePayerSigner,
} from '@solana/kit';
import type { LiteSVM } from 'litesvm';
import type { FillArgs } from '@/lib/programs/makers';
import { findMakerPda } from '@/lib/programs/makers';
import { createSvm, expectSuccess, type TxSuccess } from '@/programs/test-support';
import {
  ataOf,
  claimIx,
  DAY,
  type Env,
  fill,
  fund,
  makersEnv,
  type MakerWallet,
  makerWallet,
  recordFills,
  recordFillsIx,
  registeredMaker,
  registerIx,
  rolloverIx,
  sendTx,
  slashIx,
  SPL,
  TOKEN,
  TOKEN_CONFIGS,
  warp,
} from '@/programs/makers/tests/helpers/makers';
import type { ProgramBenchCase } from '../programs';

/** Most bytes a transaction may have on the wire. */
const PACKET = 1_232;

/** Bytes of a transaction with `instructions`, fee-paid by `payer` (signature slots included). */
function wireSize(svm: LiteSVM, payer: KeyPairSigner, instructions: Instruction[]): number {
  const message = pipe(
    createTransactionMessage({ version: 0 }),
    (m) => setTransactionMessageFeePayerSigner(payer, m),
    (m) => svm.setTransactionMessageLifetimeUsingLatestBlockhash(m),
    (m) => appendTransactionMessageInstructions(instructions, m),
  );
  return getTransactionEncoder().encode(compileTransaction(message)).length;
}

/** How many fills one record_fills transaction carries for `makers` makers. */
export function fillsPerTransaction(env: Env, makers: Address[]): number {
  let n = 0;
  const batch = (count: number): FillArgs[] => Array.from({ length: count }, (_, i) => fill(i % makers.length));
  while (wireSize(env.svm, env.reporter, [recordFillsIx(env, batch(n + 1), makers, 1n)]) <= PACKET) n++;
  return n;
}

const units = (r: TxSuccess) => r.computeUnits;
const ok = (r: Awaited<ReturnType<typeof sendTx>>) => expectSuccess(r);

/** A funded config with `count` registered makers that have each had a fill this season. */
async function activeMakers(svm: LiteSVM, count: number): Promise<{ env: Env; makers: MakerWallet[] }> {
  const env = await makersEnv(SPL, { svm });
  await fund(env, 1_000_000n * TOKEN);
  const makers: MakerWallet[] = [];
  for (let i = 0; i < count; i++) makers.push(await registeredMaker(env));
  await recordFills(env, makers.map((_, i) => fill(i)), makers.map((m) => m.maker));
  return { env, makers };
}

/** A maker wallet whose maker PDA has bump 255. */
async function canonicalWallet(env: Env): Promise<MakerWallet> {
  for (;;) {
    const w = await makerWallet(env);
    if ((await findMakerPda(env.addrs.config, w.address))[1] === 255) return w;
  }
}

export const cases: ProgramBenchCase[] = [
  {
    key: 'makers.record_fills.per_fill',
    lastKnown: 532,
    async run(svm) {
      const { env, makers } = await activeMakers(svm, 4);
      const addresses = makers.map((m) => m.maker);
      const n = fillsPerTransaction(env, addresses);
      const fills = Array.from({ length: n }, (_, i) => fill(i % 4, { notional: BigInt(100 + i) * TOKEN, improvementBps: 1 + (i % 7), volatilityBps: (i % 3) * 150 }));
      return Math.round(units(ok(await sendTx(env, env.reporter, [recordFillsIx(env, fills, addresses)]))) / n);
    },
  },
  {
    key: 'makers.record_fill',
    lastKnown: 1_605,
    async run(svm) {
      const { env, makers } = await activeMakers(svm, 1);
      return units(ok(await sendTx(env, env.reporter, [recordFillsIx(env, [fill(0)], [makers[0]!.maker])])));
    },
  },
  ...TOKEN_CONFIGS.slice(0, 2).map((token, i) => ({
    key: `makers.claim${i === 0 ? '' : '.token_2022'}`,
    lastKnown: i === 0 ? 2_105 : 3_791,
    async run(svm: LiteSVM) {
      const env = await makersEnv(token, { svm });
      await fund(env, 100n * TOKEN);
      const w = await registeredMaker(env);
      await recordFills(env, [fill(0)], [w.maker]);
      return units(ok(await sendTx(env, w.signer, [await claimIx(env, w)])));
    },
  })),
  {
    key: 'makers.claim.create_ata',
    lastKnown: 18_175,
    async run(svm) {
      const env = await makersEnv(SPL, { svm });
      await fund(env, 100n * TOKEN);
      const w = await registeredMaker(env);
      await recordFills(env, [fill(0)], [w.maker]);
      return units(ok(await sendTx(env, w.signer, [await claimIx(env, w, await ataOf(env, w))])));
    },
  },
  {
    key: 'makers.register',
    lastKnown: 3_886,
    async run(svm) {
      const env = await makersEnv(SPL, { svm });
      const w = await canonicalWallet(env);
      return units(ok(await sendTx(env, w.signer, [await registerIx(env, w)])));
    },
  },
  {
    key: 'makers.register.bond',
    lastKnown: 5_391,
    async run(svm) {
      const env = await makersEnv(SPL, { svm });
      const w = await canonicalWallet(env);
      return units(ok(await sendTx(env, w.signer, [await registerIx(env, w, 1_000n * TOKEN)])));
    },
  },
  {
    key: 'makers.rollover',
    lastKnown: 739,
    async run(svm) {
      const env = await makersEnv(SPL, { svm });
      await fund(env, 100n * TOKEN);
      warp(env.svm, 30n * DAY);
      return units(ok(await sendTx(env, env.admin, [await rolloverIx(env)])));
    },
  },
  {
    key: 'makers.slash',
    lastKnown: 2_533,
    async run(svm) {
      const env = await makersEnv(SPL, { svm });
      const w = await registeredMaker(env, 1_000n * TOKEN);
      warp(env.svm, 7n * DAY);
      return units(ok(await sendTx(env, env.admin, [await slashIx(env, w.maker)])));
    },
  },
];

// As a script: fills per transaction by number of makers.
if (require.main === module) {
  (async () => {
    const svm = createSvm(['makers']);
    for (const count of [1, 4, 8, 16]) {
      const { env, makers } = await activeMakers(svm, count);
      console.info(`${count} maker(s): ${fillsPerTransaction(env, makers.map((m) => m.maker))} fills per transaction`);
    }
  })().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
