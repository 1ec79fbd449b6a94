/**
 * Makers program errors for `lib/errors`: the generated table (IDL messages,
 * kept in production builds). Imports nothing else, so the error registry
 * pulls no client code into a page.
 */
import { MAKERS_ERROR_TABLE } from '@/lib/programs/generated/makers/errorTable';

// Re-exported, not copied into a new binding: not a byte more in a page.
export { MAKERS_ERROR_TABLE as MAKERS_ERRORS } from '@/lib/programs/generated/makers/errorTable';

/** The entry for a `Custom(code)` returned by the makers program, if it is one of its errors. */
export function getMakersError(code: number): { name: string; message: string } | undefined {
  return MAKERS_ERROR_TABLE[code];
}
