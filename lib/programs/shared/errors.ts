/**
 * The error tables `lib/errors` looks `Custom(code)` up in: each program's
 * generated `errorTable.ts` (from its IDL) gives every code its Rust variant
 * name and a user-facing message.
 */

/** One error of a program: the Rust variant name and what to tell the user. */
export interface ProgramErrorEntry {
  name: string;
  message: string;
}
