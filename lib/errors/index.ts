export { KeelError, type KeelErrorCode, type KeelErrorDomain, type KeelErrorOptions } from './keel-error';
export { decodeTransactionError, toKeelError, type DecodeContext } from './decode';
export { registerProgramErrors, programErrorTable, type ProgramErrorEntries, type ProgramErrorTable } from './registry';
