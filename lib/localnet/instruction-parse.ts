/**
 * Instructions of well-known programs in the jsonParsed form of the real RPC
 * (`{ program, programId, parsed: { type, info }, stackHeight }`): System,
 * SPL Token / Token-2022, Associated Token Account and Memo, and every program
 * deployed with a Codama IDL beside its `.so` (Keel's own: idl-parse.ts).
 * Anything else stays "partially decoded" (`{ programId, accounts, data }`),
 * as the validator leaves it.
 *
 * Data layouts: System = u32 LE discriminator (0 CreateAccount: u64 lamports,
 * u64 space, owner; 1 Assign: owner; 2 Transfer: u64 lamports). Token = u8
 * discriminator then u64 amount (and u8 decimals for the *Checked forms).
 */
import bs58 from 'bs58';
import { SYSTEM_PROGRAM_ID } from './chain';
import { idlOf, parseWithIdl } from './idl-parse';
import { TOKEN_2022_PROGRAM_ID, TOKEN_PROGRAM_ID, uiTokenAmount } from './token-parse';

const ATA_PROGRAM_ID = 'ATokenGPvbdGVxr1b2hvZbsiqW5xWH25efTNsLJA8knL';
const MEMO_PROGRAM_IDS = new Set(['MemoSq4gqABAXKb96qnH8TysNcWxMyWCqXgDLGmfcHr', 'Memo1UhkJRfHyvLMcVucJwxXeuD728EqVDDwQDxFMNo']);

export interface RawInstruction {
  programId: string;
  accounts: string[];
  data: Uint8Array;
  stackHeight: number | null;
}

type Info = Record<string, unknown>;
type Parsed = { type: string; info: Info } | string;

function u64(d: Uint8Array, o: number): bigint {
  return new DataView(d.buffer, d.byteOffset, d.byteLength).getBigUint64(o, true);
}

function parseSystem(d: Uint8Array, a: string[]): Parsed | null {
  const tag = new DataView(d.buffer, d.byteOffset, d.byteLength).getUint32(0, true);
  if (tag === 0 && d.length >= 52) {
    return { type: 'createAccount', info: { source: a[0], newAccount: a[1], lamports: u64(d, 4), space: u64(d, 12), owner: bs58.encode(d.subarray(20, 52)) } };
  }
  if (tag === 1 && d.length >= 36) return { type: 'assign', info: { account: a[0], owner: bs58.encode(d.subarray(4, 36)) } };
  if (tag === 2 && d.length >= 12) return { type: 'transfer', info: { source: a[0], destination: a[1], lamports: u64(d, 4) } };
  return null;
}

function parseToken(d: Uint8Array, a: string[]): Parsed | null {
  const amount = () => u64(d, 1).toString();
  const checked = () => uiTokenAmount(u64(d, 1), d[9]!);
  switch (d[0]) {
    case 3:
      return { type: 'transfer', info: { source: a[0], destination: a[1], authority: a[2], amount: amount() } };
    case 4:
      return { type: 'approve', info: { source: a[0], delegate: a[1], owner: a[2], amount: amount() } };
    case 7:
      return { type: 'mintTo', info: { mint: a[0], account: a[1], mintAuthority: a[2], amount: amount() } };
    case 8:
      return { type: 'burn', info: { account: a[0], mint: a[1], authority: a[2], amount: amount() } };
    case 9:
      return { type: 'closeAccount', info: { account: a[0], destination: a[1], owner: a[2] } };
    case 12:
      return { type: 'transferChecked', info: { source: a[0], mint: a[1], destination: a[2], authority: a[3], tokenAmount: checked() } };
    case 14:
      return { type: 'mintToChecked', info: { mint: a[0], account: a[1], mintAuthority: a[2], tokenAmount: checked() } };
    case 15:
      return { type: 'burnChecked', info: { account: a[0], mint: a[1], authority: a[2], tokenAmount: checked() } };
    case 18:
      return { type: 'initializeAccount3', info: { account: a[0], mint: a[1], owner: bs58.encode(d.subarray(1, 33)) } };
    case 20: {
      // InitializeMint2: decimals u8, mint authority [2,34), COption freeze authority (u8 tag + key).
      const info: Info = { mint: a[0], decimals: d[1], mintAuthority: bs58.encode(d.subarray(2, 34)) };
      if (d[34] === 1) info.freezeAuthority = bs58.encode(d.subarray(35, 67));
      return { type: 'initializeMint2', info };
    }
    default:
      return null;
  }
}

function parseAta(d: Uint8Array, a: string[]): Parsed | null {
  const type = d.length === 0 || d[0] === 0 ? 'create' : d[0] === 1 ? 'createIdempotent' : null;
  if (!type) return null;
  return { type, info: { source: a[0], account: a[1], wallet: a[2], mint: a[3], systemProgram: a[4], tokenProgram: a[5] } };
}

const PARSERS: Record<string, { program: string; parse: (d: Uint8Array, a: string[]) => Parsed | null }> = {
  [SYSTEM_PROGRAM_ID]: { program: 'system', parse: parseSystem },
  [TOKEN_PROGRAM_ID]: { program: 'spl-token', parse: parseToken },
  [TOKEN_2022_PROGRAM_ID]: { program: 'spl-token-2022', parse: parseToken },
  [ATA_PROGRAM_ID]: { program: 'spl-associated-token-account', parse: parseAta },
};

export function parseInstruction(ix: RawInstruction): Record<string, unknown> {
  if (MEMO_PROGRAM_IDS.has(ix.programId)) {
    return { program: 'spl-memo', programId: ix.programId, parsed: new TextDecoder().decode(ix.data), stackHeight: ix.stackHeight };
  }
  const idl = idlOf(ix.programId);
  const parser = PARSERS[ix.programId] ?? (idl && { program: idl.program.name, parse: (d: Uint8Array, a: string[]) => parseWithIdl(idl, d, a) });
  let parsed: Parsed | null = null;
  try {
    parsed = parser ? parser.parse(ix.data, ix.accounts) : null;
  } catch {
    parsed = null; // short or malformed data: leave it partially decoded
  }
  if (parser && parsed) return { program: parser.program, programId: ix.programId, parsed, stackHeight: ix.stackHeight };
  return { programId: ix.programId, accounts: ix.accounts, data: bs58.encode(ix.data), stackHeight: ix.stackHeight };
}
