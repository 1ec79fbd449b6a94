/**
 * Staking program errors for `lib/errors`: the generated table (the IDL's
 * names and messages, kept in production builds; append only: a code never
 * changes meaning). The program returns them as `Custom(code)`. Imports
 * nothing else, so the error registry pulls no client code into a page.
 */
import { STAKING_ERROR_CODES, STAKING_ERROR_TABLE } from '@/lib/programs/generated/staking/errorTable';
import type { ProgramErrorEntry } from '../shared/errors';

/** Codes by the Rust variant name. */
export const StakingErrorCode = STAKING_ERROR_CODES;

export type StakingErrorName = keyof typeof StakingErrorCode;

export const STAKING_ERRORS: Readonly<Record<number, ProgramErrorEntry>> = STAKING_ERROR_TABLE;

/** The entry for a `Custom(code)` returned by the staking program, if it is one of its errors. */
export function getStakingError(code: number): ProgramErrorEntry | undefined {
  return STAKING_ERRORS[code];
}
