import { describe, expect, it } from 'vitest';
import { cargoReport, playwrightReport, vitestReport } from './reports';

const CARGO = `
   Compiling staking v0.1.0
     Running unittests src/lib.rs (programs/target/debug/deps/governance-ba174358807fc367)
test math::tests::quorum ... ok
test result: ok. 7 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.03s
     Running unittests src/lib.rs (programs/target/debug/deps/keel_sdk-e967bb7d2ff431aa)
test error::tests::encodes_like_solana ... FAILED
test result: FAILED. 17 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in 1.95s
     Running unittests src/lib.rs (programs/target/debug/deps/probe-bf579fd7e1dcb9b4)
test result: ok. 0 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.00s
   Doc-tests keel_sdk
test result: ok. 0 passed; 0 failed; 4 ignored; 0 measured; 0 filtered out; finished in 0.00s
`;

describe('cargoReport', () => {
  it('sums every test binary and names each crate with its count and each failed test', () => {
    const r = cargoReport(CARGO);
    expect(r).toMatchObject({ passed: 24, failed: 1, skipped: 4 });
    expect(r.failures).toEqual(['keel_sdk › error::tests::encodes_like_solana']);
    expect(r.detail).toBe('governance 7, keel_sdk 18, probe 0, keel_sdk doc 0');
  });

  it('reads nothing from output without results', () => {
    expect(cargoReport('error: could not compile `staking`')).toMatchObject({ passed: 0, failed: 0, skipped: 0 });
  });
});

describe('vitestReport', () => {
  const file = (name: string, tests: [string, string][], message?: string) => ({
    name: `/repo/${name}`,
    message,
    assertionResults: tests.map(([fullName, status]) => ({ fullName, status, failureMessages: status === 'failed' ? ['\x1b[31mexpected 1 to be 2\x1b[39m\n  at x'] : [] })),
  });

  it('counts tests, names failures, and counts a file that failed to load as a failure', () => {
    const r = vitestReport(
      {
        numPassedTests: 2,
        numFailedTests: 1,
        numPendingTests: 1,
        numTodoTests: 1,
        testResults: [
          file('a.test.ts', [['a works', 'passed'], ['a breaks', 'failed']]),
          file('b.test.ts', [['b works', 'passed']]),
          file('c.test.ts', [], 'Error: Unexpected .only modifier. Remove it or pass --allowOnly argument to bypass this error'),
        ],
      },
      '/repo',
    );
    expect(r).toMatchObject({ passed: 2, failed: 2, skipped: 2, flaky: [] });
    expect(r.failures).toEqual(['a.test.ts › a breaks: expected 1 to be 2', 'c.test.ts: Error: Unexpected .only modifier. Remove it or pass --allowOnly argument to bypass this error']);
  });

  it('treats a missing report as one failure', () => {
    expect(vitestReport(undefined, '/repo')).toMatchObject({ passed: 0, failed: 1, failures: ['vitest: no report written'] });
  });
});

describe('playwrightReport', () => {
  const spec = (title: string, status: string, error?: string) => ({ title, tests: [{ status, results: [{ error: error ? { message: error } : undefined }] }] });

  it('counts flaky tests as passed and names them; names failures with their suite trail', () => {
    const r = playwrightReport({
      stats: { expected: 3, unexpected: 1, flaky: 1, skipped: 0 },
      suites: [
        {
          title: 'governance.spec.ts',
          suites: [{ title: 'governance', specs: [spec('votes', 'flaky'), spec('executes', 'unexpected', 'Timed out 20000ms\nmore'), spec('lists', 'expected')] }],
        },
        { title: 'staking.spec.ts', specs: [spec('stakes', 'expected'), spec('unstakes', 'expected')] },
      ],
    });
    expect(r).toMatchObject({ passed: 4, failed: 1, skipped: 0 });
    expect(r.flaky).toEqual(['governance.spec.ts › governance › votes']);
    expect(r.failures).toEqual(['governance.spec.ts › governance › executes: Timed out 20000ms']);
  });

  it('counts errors outside tests (a forbidden .only, a web server that did not start) as failures', () => {
    const r = playwrightReport({ stats: { expected: 0, unexpected: 0, flaky: 0, skipped: 0 }, suites: [], errors: [{ message: 'Error: item focused with \'.only\' is not allowed' }] });
    expect(r).toMatchObject({ passed: 0, failed: 1 });
    expect(r.failures).toEqual(["playwright: Error: item focused with '.only' is not allowed"]);
  });
});
