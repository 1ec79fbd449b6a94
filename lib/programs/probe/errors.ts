/**
 * Probe program errors for `lib/errors`: the generated table (IDL messages,
 * kept in production builds). Imports nothing else, so the error registry
 * pulls no client code into a page.
 */
import { PROBE_ERROR_TABLE } from '@/lib/programs/generated/probe/errorTable';
import type { ProbeError } from '@/lib/programs/generated/probe/errors/probe';

export type ProbeErrorCode = ProbeError;

export const PROBE_ERRORS: Record<number, { name: string; message: string }> = PROBE_ERROR_TABLE;

/** The entry for a `Custom(code)` returned by the probe, if it is one of its errors. */
export function getProbeError(code: number): { name: string; message: string } | undefined {
  return PROBE_ERRORS[code];
}
