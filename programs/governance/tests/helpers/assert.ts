/** Assertions for governance tests (apart from the fixtures, which the bench imports without vitest). */
import { expect } from 'vitest';
import { GOVERNANCE_ERRORS, GovernanceErrorCode, type GovernanceErrorName } from '@/lib/programs/governance';
import { STAKING_ERRORS, StakingErrorCode, type StakingErrorName } from '@/lib/programs/staking';
import type { TxFailure, TxResult } from '@/programs/test-support';

/** Asserts a runtime / builtin failure (`NotEnoughAccountKeys`, `MissingRequiredSignature`, …). */
export function expectError(result: TxResult, error: string): TxFailure {
  if (result.ok) throw new Error(`expected ${error}, the transaction succeeded\n${result.logs.join('\n')}`);
  expect(result.error, result.logs.join('\n')).toBe(error);
  return result;
}

/** Asserts a staking `Custom(code)` failure by name (e.g. a vote-locked unstake). */
export function expectStakingError(result: TxResult, name: StakingErrorName): TxFailure {
  if (result.ok) throw new Error(`expected ${name}, the transaction succeeded\n${result.logs.join('\n')}`);
  const got = result.customCode !== null ? (STAKING_ERRORS[result.customCode]?.name ?? result.error) : result.error;
  expect(got, result.logs.join('\n')).toBe(name);
  expect(result.customCode).toBe(StakingErrorCode[name]);
  return result;
}

/** Asserts a governance `Custom(code)` failure by name. */
export function expectGovError(result: TxResult, name: GovernanceErrorName): TxFailure {
  if (result.ok) throw new Error(`expected ${name}, the transaction succeeded\n${result.logs.join('\n')}`);
  const got = result.customCode !== null ? (GOVERNANCE_ERRORS[result.customCode]?.name ?? result.error) : result.error;
  expect(got, result.logs.join('\n')).toBe(name);
  expect(result.customCode).toBe(GovernanceErrorCode[name]);
  return result;
}

