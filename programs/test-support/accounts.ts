/** Reading and planting accounts directly in a LiteSVM. */
import type { Address } from '@solana/kit';
import { lamports } from '@solana/kit';
import type { LiteSVM } from 'litesvm';

export interface AccountState {
  lamports: bigint;
  owner: Address;
  data: Uint8Array;
  executable: boolean;
}

/** The account at `address`, or null if it does not exist. */
export function readAccount(svm: LiteSVM, address: Address): AccountState | null {
  const account = svm.getAccount(address);
  if (!account.exists) return null;
  return {
    lamports: BigInt(account.lamports),
    owner: account.programAddress,
    data: new Uint8Array(account.data),
    executable: account.executable,
  };
}

/** Like `readAccount`, but throws when the account is missing. */
export function mustReadAccount(svm: LiteSVM, address: Address): AccountState {
  const account = readAccount(svm, address);
  if (!account) throw new Error(`account ${address} does not exist`);
  return account;
}

/** Writes an account as is (rent-exempt lamports unless given). */
export function plantAccount(
  svm: LiteSVM,
  address: Address,
  state: { owner: Address; data?: Uint8Array; lamports?: bigint; executable?: boolean },
): void {
  const data = state.data ?? new Uint8Array();
  svm.setAccount({
    address,
    programAddress: state.owner,
    data,
    lamports: lamports(state.lamports ?? svm.minimumBalanceForRentExemption(BigInt(data.length))),
    executable: state.executable ?? false,
    space: BigInt(data.length),
  });
}
