/**
 * Compute units of every probe instruction (success paths). Numbers include
 * the CPIs an instruction makes (System, SPL Token / Token-2022).
 */
import { AccountRole, createKeyPairSignerFromPrivateKeyBytes, type KeyPairSigner, lamports } from '@solana/kit';
import type { LiteSVM } from 'litesvm';
import {
  FailKind,
  findRecordPda,
  getBurnInstruction,
  getCheckAccountsInstruction,
  getClockEventInstruction,
  getCloseVaultInstruction,
  getCreatePdaInstruction,
  getFailInstruction,
  getMintToInstruction,
  getMulDivInstruction,
  getTransferInstruction,
  MulDivMode,
  PROBE_PROGRAM_ADDRESS,
  reportLen,
} from '@/lib/programs/probe';
import {
  expectFailure,
  expectSuccess,
  LAMPORTS_PER_SOL,
  plantAccount,
  randomAddress,
  send,
  SYSTEM_PROGRAM_ADDRESS,
} from '@/programs/test-support';
import {
  initVaultInstruction,
  mintFixture,
  TOKEN_CONFIGS,
  type TokenConfig,
  userTokenAccount,
  vaultFixture,
} from '@/programs/probe/tests/helpers/probe';
import type { ProgramBenchCase } from '../programs';

/**
 * A payer from a fixed seed whose record PDA has bump 255, so `create_pda`
 * (which searches the bump on chain, 1,500 CU per try) measures the same every run.
 */
async function payerWithCanonicalRecord(svm: LiteSVM): Promise<KeyPairSigner> {
  for (let seed = 1; ; seed++) {
    const signer = await createKeyPairSignerFromPrivateKeyBytes(new Uint8Array(32).fill(seed));
    const [, bump] = await findRecordPda(signer.address);
    if (bump === 255) {
      svm.airdrop(signer.address, lamports(10n * LAMPORTS_PER_SOL));
      return signer;
    }
  }
}

async function payer(svm: LiteSVM): Promise<KeyPairSigner> {
  return payerWithCanonicalRecord(svm);
}

const SPL: TokenConfig = TOKEN_CONFIGS[0]!;
const T22: TokenConfig = TOKEN_CONFIGS[1]!;

/** `lastKnown`: the compute units last measured, to spot changes ("last known N"). */
function tokenCases(suffix: string, config: TokenConfig, last: { init: number; mint: number; burn: number; transfer: number; close: number }): ProgramBenchCase[] {
  return [
    {
      key: `probe.init_vault${suffix}`,
      lastKnown: last.init,
      async run(svm) {
        const p = await payer(svm);
        const f = await mintFixture(svm, p, config);
        return expectSuccess(await send(svm, p, [initVaultInstruction(p, f)])).computeUnits;
      },
    },
    {
      key: `probe.mint_to${suffix}`,
      lastKnown: last.mint,
      async run(svm) {
        const p = await payer(svm);
        const f = await vaultFixture(svm, p, config);
        const ix = getMintToInstruction({ ...common(f), destination: f.vault, amount: 1_000n });
        return expectSuccess(await send(svm, p, [ix])).computeUnits;
      },
    },
    {
      key: `probe.burn${suffix}`,
      lastKnown: last.burn,
      async run(svm) {
        const p = await payer(svm);
        const f = await vaultFixture(svm, p, config);
        expectSuccess(await send(svm, p, [getMintToInstruction({ ...common(f), destination: f.vault, amount: 1_000n })]));
        const ix = getBurnInstruction({ ...common(f), source: f.vault, amount: 400n });
        return expectSuccess(await send(svm, p, [ix])).computeUnits;
      },
    },
    {
      key: `probe.transfer${suffix}`,
      lastKnown: last.transfer,
      async run(svm) {
        const p = await payer(svm);
        const f = await vaultFixture(svm, p, config);
        expectSuccess(await send(svm, p, [getMintToInstruction({ ...common(f), destination: f.vault, amount: 1_000n })]));
        const destination = await userTokenAccount(svm, p, f, p.address);
        const ix = getTransferInstruction({ ...common(f), source: f.vault, destination, amount: 400n });
        return expectSuccess(await send(svm, p, [ix])).computeUnits;
      },
    },
    {
      key: `probe.close_vault${suffix}`,
      lastKnown: last.close,
      async run(svm) {
        const p = await payer(svm);
        const f = await vaultFixture(svm, p, config);
        const ix = getCloseVaultInstruction({ ...common(f), vault: f.vault, destination: p.address });
        return expectSuccess(await send(svm, p, [ix])).computeUnits;
      },
    },
  ];
}

function common(f: Awaited<ReturnType<typeof mintFixture>>) {
  return { mint: f.mint, authority: f.authority, tokenProgram: f.tokenProgram, authorityBump: f.authorityBump };
}

export const cases: ProgramBenchCase[] = [
  {
    // report + payer + other + report (dup) + System Program + other (dup)
    key: 'probe.check_accounts',
    lastKnown: 938,
    async run(svm) {
      const p = await payer(svm);
      const report = await randomAddress();
      const other = await randomAddress();
      plantAccount(svm, report, { owner: PROBE_PROGRAM_ADDRESS, data: new Uint8Array(reportLen(6)) });
      plantAccount(svm, other, { owner: SYSTEM_PROGRAM_ADDRESS, data: new Uint8Array(3) });
      const ix = getCheckAccountsInstruction({
        report,
        remaining: [
          { address: p.address, role: AccountRole.WRITABLE_SIGNER },
          { address: other, role: AccountRole.READONLY },
          { address: report, role: AccountRole.WRITABLE },
          { address: SYSTEM_PROGRAM_ADDRESS, role: AccountRole.READONLY },
          { address: other, role: AccountRole.READONLY },
        ],
        payload: new Uint8Array(5),
      });
      return expectSuccess(await send(svm, p, [ix])).computeUnits;
    },
  },
  {
    // Bump 255: one find_program_address try, then one create_account CPI.
    key: 'probe.create_pda',
    lastKnown: 3_366,
    async run(svm) {
      const p = await payer(svm);
      const [record] = await findRecordPda(p.address);
      return expectSuccess(await send(svm, p, [getCreatePdaInstruction({ payer: p, record, value: 1n })])).computeUnits;
    },
  },
  {
    // Pre-funded address: transfer + allocate + assign instead of create_account.
    key: 'probe.create_pda.prefunded',
    lastKnown: 5_667,
    async run(svm) {
      const p = await payer(svm);
      const [record] = await findRecordPda(p.address);
      plantAccount(svm, record, { owner: SYSTEM_PROGRAM_ADDRESS, lamports: 1_000n });
      return expectSuccess(await send(svm, p, [getCreatePdaInstruction({ payer: p, record, value: 1n })])).computeUnits;
    },
  },
  ...tokenCases('', SPL, { init: 4_969, mint: 1_723, burn: 1_689, transfer: 1_706, close: 1_625 }),
  ...tokenCases('.token_2022', T22, { init: 8_372, mint: 2_881, burn: 2_971, transfer: 3_422, close: 2_887 }),
  {
    key: 'probe.clock_event',
    lastKnown: 1_283,
    async run(svm) {
      const p = await payer(svm);
      return expectSuccess(await send(svm, p, [getClockEventInstruction({ tag: 1n })])).computeUnits;
    },
  },
  {
    key: 'probe.mul_div.u64',
    lastKnown: 453,
    async run(svm) {
      const p = await payer(svm);
      const ix = getMulDivInstruction({ mode: MulDivMode.U64Floor, a: 2n ** 63n + 12_345n, b: 10n ** 9n, c: 3n ** 30n });
      return expectSuccess(await send(svm, p, [ix])).computeUnits;
    },
  },
  {
    // 128-bit divisor: the 256÷128 Knuth path.
    key: 'probe.mul_div.u128',
    lastKnown: 1_222,
    async run(svm) {
      const p = await payer(svm);
      const ix = getMulDivInstruction({ mode: MulDivMode.U128Floor, a: 2n ** 127n + 99n, b: 3n ** 70n, c: 2n ** 115n + 7n });
      return expectSuccess(await send(svm, p, [ix])).computeUnits;
    },
  },
  {
    // The error path: Custom(0).
    key: 'probe.fail',
    lastKnown: 27,
    async run(svm) {
      const p = await payer(svm);
      return expectFailure(await send(svm, p, [getFailInstruction({ kind: FailKind.Error })])).computeUnits;
    },
  },
];
