import { PublicKey } from '@solana/web3.js';

/** The shape every program's TypeScript error table has (style.md §9). */
export type ProgramErrorEntries = Record<number, { name: string; message: string }>;

export interface ProgramErrorTable {
  /** Short program name used in error codes: `program:<name>:<ErrorName>`. */
  name: string;
  /** Human name for sentences ("Probe", "SPL Token"). */
  label: string;
  errors: ProgramErrorEntries;
}

const tables = new Map<string, ProgramErrorTable>();

type ProgramIdLike = PublicKey | string;

/**
 * Registers a program's `Custom(n)` table under one or more program ids (a
 * program usually has one id per cluster). Registering again replaces the entry,
 * so hot reload and tests are harmless.
 */
export function registerProgramErrors(programIds: ProgramIdLike | readonly ProgramIdLike[], table: ProgramErrorTable): void {
  const ids = Array.isArray(programIds) ? programIds : [programIds as ProgramIdLike];
  for (const id of ids) tables.set(id.toString(), table);
}

export function programErrorTable(programId: ProgramIdLike): ProgramErrorTable | undefined {
  return tables.get(programId.toString());
}
