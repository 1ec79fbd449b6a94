/**
 * Account-meta helpers shared by the probe's instruction builders: a signer
 * account given as a `TransactionSigner` carries it (so
 * `signTransactionMessageWithSigners` signs), given as an `Address` it is only
 * marked as a signer.
 */
import { type AccountMeta, AccountRole, type AccountSignerMeta, type Address, type TransactionSigner } from '@solana/kit';

export type ProbeAccountMeta = AccountMeta | AccountSignerMeta;

export function isTransactionSigner(value: Address | TransactionSigner): value is TransactionSigner {
  return typeof value === 'object' && value !== null && 'address' in value;
}

export function signerMeta(account: Address | TransactionSigner, writable: boolean): ProbeAccountMeta {
  const role = writable ? AccountRole.WRITABLE_SIGNER : AccountRole.READONLY_SIGNER;
  return isTransactionSigner(account) ? { address: account.address, role, signer: account } : { address: account, role };
}

export function writableMeta(address: Address): AccountMeta {
  return { address, role: AccountRole.WRITABLE };
}

export function readonlyMeta(address: Address): AccountMeta {
  return { address, role: AccountRole.READONLY };
}
