/**
 * Governance program errors for `lib/errors`: the generated table (the IDL's
 * names and messages, kept in production builds; append only: a code never
 * changes meaning). The program returns them as `Custom(code)`. Imports
 * nothing else, so the error registry pulls no client code into a page.
 */
import { GOVERNANCE_ERROR_CODES, GOVERNANCE_ERROR_TABLE } from '@/lib/programs/generated/governance/errorTable';
import type { ProgramErrorEntry } from '../shared/errors';

/** Codes by the Rust variant name. */
export const GovernanceErrorCode = GOVERNANCE_ERROR_CODES;

export type GovernanceErrorName = keyof typeof GovernanceErrorCode;

export const GOVERNANCE_ERRORS: Readonly<Record<number, ProgramErrorEntry>> = GOVERNANCE_ERROR_TABLE;

/** The entry for a `Custom(code)` returned by the governance program, if it is one of its errors. */
export function getGovernanceError(code: number): ProgramErrorEntry | undefined {
  return GOVERNANCE_ERRORS[code];
}
