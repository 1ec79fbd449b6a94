/**
 * Probe program errors for `lib/errors`: the generated table (IDL messages,
 * kept in production builds). Imports nothing else, so the error registry
 * pulls no client code into a page.
 */
import { PROBE_ERROR_TABLE } from '@/lib/programs/generated/probe/errorTable';
import type { ProbeError } from '@/lib/programs/generated/probe/errors/probe';

export type ProbeErrorCode = ProbeError;

// Re-exported under its old name, not copied into a new binding: not a byte more in a page.
export { PROBE_ERROR_TABLE as PROBE_ERRORS } from '@/lib/programs/generated/probe/errorTable';

/** The entry for a `Custom(code)` returned by the probe, if it is one of its errors. */
export function getProbeError(code: number): { name: string; message: string } | undefined {
  return PROBE_ERROR_TABLE[code];
}
