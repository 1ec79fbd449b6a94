/**
 * TypeScript client of the test-only probe program: the generated client
 * (`lib/programs/generated/probe`, from the Codama IDL `programs/idl/probe.ts`)
 * plus what the IDL cannot say, here by hand: positional PDA helpers, the
 * `check_accounts` builder with per-account roles, the report's length rule,
 * return-data decoding, and the error table for `lib/errors`. The pattern
 * every Keel program client follows.
 */
export * from '@/lib/programs/generated/probe';
export * from './errors';
// The hand-written layer's names win over the generated ones they wrap.
export {
  type CheckAccountsInput,
  type ClockEvent,
  decodeMulDivReturn,
  findAuthorityPda,
  findRecordPda,
  findVaultPda,
  getCheckAccountsInstruction,
} from './program';
export * from './state';
export { decodeReport } from './state';
