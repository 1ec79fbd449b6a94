import { TOKEN_2022_PROGRAM_ID, TOKEN_PROGRAM_ID } from '@solana/spl-token';
import type { PublicKey } from '@solana/web3.js';

/** KEEL may live under either token program; the mint account's owner says which. */
export type TokenProgramKind = 'token' | 'token-2022';

export function tokenProgramId(kind: TokenProgramKind): PublicKey {
  return kind === 'token' ? TOKEN_PROGRAM_ID : TOKEN_2022_PROGRAM_ID;
}

/** The kind for a mint's owner program, or null when it is no token program. */
export function tokenProgramKind(owner: PublicKey): TokenProgramKind | null {
  if (owner.equals(TOKEN_PROGRAM_ID)) return 'token';
  if (owner.equals(TOKEN_2022_PROGRAM_ID)) return 'token-2022';
  return null;
}
