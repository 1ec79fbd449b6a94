/**
 * Asserting a failure by name, and by the program that raised it: a `Custom(1)`
 * alone could come from any program in the call chain, so a test that expects
 * SPL Token's `InsufficientFunds` checks that the token program failed.
 * Kept out of `index.ts`: it imports vitest, and the benches import the rest.
 */
import { expect } from 'vitest';
import { SPL_TOKEN_ERRORS } from '@/lib/errors/builtin-programs';
import type { TxFailure, TxResult } from './send';

/**
 * The program that raised the failure: the first `Program … failed:` log line.
 * The callers up the CPI chain log the same error after it, outermost last.
 */
export function failingProgram(logs: string[]): string | null {
  for (const line of logs) {
    const m = /^Program (\w+) failed:/.exec(line);
    if (m) return m[1]!;
  }
  return null;
}

/** Asserts a token program error (`InsufficientFunds`, `FixedSupply`, …) raised by `tokenProgram` itself. */
export function expectTokenError(result: TxResult, name: string, tokenProgram: string): TxFailure {
  if (result.ok) throw new Error(`expected ${name}, the transaction succeeded\n${result.logs.join('\n')}`);
  const logs = result.logs.join('\n');
  const got = result.customCode !== null ? (SPL_TOKEN_ERRORS[result.customCode]?.name ?? result.error) : result.error;
  expect(got, logs).toBe(name);
  expect(failingProgram(result.logs), logs).toBe(tokenProgram);
  return result;
}
