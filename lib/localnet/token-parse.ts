/**
 * SPL Token and Token-2022 account layouts, and the `jsonParsed` shapes the real
 * RPC gives them (what web3.js `getParsedAccountInfo` and
 * `getParsedTokenAccountsByOwner` expect).
 *
 * Token account (165 bytes): mint [0,32), owner [32,64), amount u64 [64,72),
 * delegate COption<Pubkey> [72,108) (u32 tag + key), state u8 108
 * (0 uninitialized, 1 initialized, 2 frozen), is_native COption<u64> [109,121),
 * delegated_amount u64 [121,129), close_authority COption<Pubkey> [129,165).
 * Mint (82 bytes): mint_authority COption<Pubkey> [0,36), supply u64 [36,44),
 * decimals u8 44, is_initialized u8 45, freeze_authority COption<Pubkey> [46,82).
 * Token-2022 pads a mint with extensions to 165 bytes; byte 165 is the account
 * type (1 mint, 2 account) and TLV extensions start at 166.
 */
import bs58 from 'bs58';
import { parseExtensions } from './token-extensions';

export const TOKEN_PROGRAM_ID = 'TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA';
export const TOKEN_2022_PROGRAM_ID = 'TokenzQdBNbLqP5VEhdkAS6EPFLC1PHnBqCXEpPxuEb';
export const TOKEN_ACCOUNT_LEN = 165;
export const MINT_LEN = 82;
const MULTISIG_LEN = 355;
const ACCOUNT_TYPE_OFFSET = 165;

export function isTokenProgram(owner: string): boolean {
  return owner === TOKEN_PROGRAM_ID || owner === TOKEN_2022_PROGRAM_ID;
}

export function u64At(data: Uint8Array, offset: number): bigint {
  return new DataView(data.buffer, data.byteOffset, data.byteLength).getBigUint64(offset, true);
}

export function keyAt(data: Uint8Array, offset: number): string {
  return bs58.encode(data.subarray(offset, offset + 32));
}

function cOptionKey(data: Uint8Array, offset: number): string | null {
  return data[offset] === 1 ? keyAt(data, offset + 4) : null;
}

export interface TokenAccountState {
  mint: string;
  owner: string;
  amount: bigint;
  delegate: string | null;
  state: 'uninitialized' | 'initialized' | 'frozen';
  isNative: bigint | null;
  delegatedAmount: bigint;
  closeAuthority: string | null;
}

export interface MintState {
  mintAuthority: string | null;
  supply: bigint;
  decimals: number;
  isInitialized: boolean;
  freezeAuthority: string | null;
}

function kind(data: Uint8Array): 'account' | 'mint' | null {
  if (data.length === TOKEN_ACCOUNT_LEN) return 'account';
  if (data.length === MINT_LEN) return 'mint';
  if (data.length <= ACCOUNT_TYPE_OFFSET || data.length === MULTISIG_LEN) return null;
  const type = data[ACCOUNT_TYPE_OFFSET];
  return type === 2 ? 'account' : type === 1 ? 'mint' : null;
}

/** The token account in `data` if `owner` is a token program and it is one (initialized or not). */
export function decodeTokenAccount(owner: string, data: Uint8Array): TokenAccountState | null {
  if (!isTokenProgram(owner) || kind(data) !== 'account') return null;
  if (owner === TOKEN_PROGRAM_ID && data.length !== TOKEN_ACCOUNT_LEN) return null;
  const state = data[108] === 1 ? 'initialized' : data[108] === 2 ? 'frozen' : 'uninitialized';
  return {
    mint: keyAt(data, 0),
    owner: keyAt(data, 32),
    amount: u64At(data, 64),
    delegate: cOptionKey(data, 72),
    state,
    isNative: data[109] === 1 ? u64At(data, 113) : null,
    delegatedAmount: u64At(data, 121),
    closeAuthority: cOptionKey(data, 129),
  };
}

export function decodeMint(owner: string, data: Uint8Array): MintState | null {
  if (!isTokenProgram(owner) || kind(data) !== 'mint') return null;
  if (owner === TOKEN_PROGRAM_ID && data.length !== MINT_LEN) return null;
  return {
    mintAuthority: cOptionKey(data, 0),
    supply: u64At(data, 36),
    decimals: data[44]!,
    isInitialized: data[45] === 1,
    freezeAuthority: cOptionKey(data, 46),
  };
}

export interface UiTokenAmount {
  amount: string;
  decimals: number;
  uiAmount: number | null;
  uiAmountString: string;
}

/** The RPC's decimal string: integer part, point, fraction without trailing zeros. */
export function uiAmountString(amount: bigint, decimals: number): string {
  if (decimals === 0) return amount.toString();
  const digits = amount.toString().padStart(decimals + 1, '0');
  const whole = digits.slice(0, -decimals);
  const fraction = digits.slice(-decimals).replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : whole;
}

export function uiTokenAmount(amount: bigint, decimals: number): UiTokenAmount {
  return {
    amount: amount.toString(),
    decimals,
    uiAmount: Number(amount) / 10 ** decimals,
    uiAmountString: uiAmountString(amount, decimals),
  };
}

export interface ParsedAccountData {
  program: 'spl-token' | 'spl-token-2022';
  parsed: { type: 'account' | 'mint'; info: Record<string, unknown> };
  space: number;
}

/**
 * The jsonParsed form of a token account or mint, or null when the real RPC
 * would fall back to base64 (not a token program, multisig, unknown layout, or
 * a token account whose mint cannot be read for its decimals).
 */
export function parseTokenProgramAccount(
  owner: string,
  data: Uint8Array,
  mintDecimals: (mint: string) => number | null,
): ParsedAccountData | null {
  const program = owner === TOKEN_PROGRAM_ID ? 'spl-token' : 'spl-token-2022';
  const extensions = owner === TOKEN_2022_PROGRAM_ID && data.length > ACCOUNT_TYPE_OFFSET ? parseExtensions(data.subarray(ACCOUNT_TYPE_OFFSET + 1)) : undefined;
  const account = decodeTokenAccount(owner, data);
  if (account) {
    if (account.state === 'uninitialized') return null;
    const decimals = mintDecimals(account.mint);
    if (decimals === null) return null;
    const info: Record<string, unknown> = {
      isNative: account.isNative !== null,
      mint: account.mint,
      owner: account.owner,
      state: account.state,
      tokenAmount: uiTokenAmount(account.amount, decimals),
    };
    if (account.delegate) {
      info.delegate = account.delegate;
      info.delegatedAmount = uiTokenAmount(account.delegatedAmount, decimals);
    }
    if (account.isNative !== null) info.rentExemptReserve = uiTokenAmount(account.isNative, decimals);
    if (account.closeAuthority) info.closeAuthority = account.closeAuthority;
    if (extensions) info.extensions = extensions;
    return { program, parsed: { type: 'account', info }, space: data.length };
  }
  const mint = decodeMint(owner, data);
  if (mint) {
    if (!mint.isInitialized) return null;
    const info: Record<string, unknown> = {
      decimals: mint.decimals,
      freezeAuthority: mint.freezeAuthority,
      isInitialized: mint.isInitialized,
      mintAuthority: mint.mintAuthority,
      supply: mint.supply.toString(),
    };
    if (extensions) info.extensions = extensions;
    return { program, parsed: { type: 'mint', info }, space: data.length };
  }
  return null;
}
