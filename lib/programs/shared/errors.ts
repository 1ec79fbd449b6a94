/**
 * The error tables `lib/errors` looks `Custom(code)` up in. A program's
 * `errors.ts` mirrors its `error.rs` enum as `{ Name: code }` and gives each
 * name a user-facing message.
 */

/** One error of a program: the Rust variant name and what to tell the user. */
export interface ProgramErrorEntry {
  name: string;
  message: string;
}

/** code → `{ name, message }`, from the code enum and the messages by name. */
export function errorTable<Name extends string>(
  codes: Readonly<Record<Name, number>>,
  messages: Readonly<Record<Name, string>>,
): Record<number, ProgramErrorEntry> {
  return Object.fromEntries((Object.keys(codes) as Name[]).map((name) => [codes[name], { name, message: messages[name] }]));
}
