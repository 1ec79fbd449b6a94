/** The governance treasury's KEEL, and what the chain knows about a transfer recipient. */
import { getAssociatedTokenAddressSync, unpackAccount } from '@solana/spl-token';
import { useConnection } from '@solana/wallet-adapter-react';
import { type Connection, PublicKey, SystemProgram } from '@solana/web3.js';
import { useQuery } from '@tanstack/react-query';
import { useCluster } from '@/lib/solana/useCluster';
import type { KeelMint } from '@/lib/staking/types';
import type { GovernanceDeployment } from './deployment';
import { governanceKeys } from './keys';
import type { RecipientInfo } from './treasury-transfer';

/** The treasury's balance, or null when the account does not exist (governance not initialised). */
export async function fetchTreasuryBalance(connection: Connection, treasury: PublicKey, tokenProgram: PublicKey): Promise<bigint | null> {
  const info = await connection.getAccountInfo(treasury, 'confirmed');
  return info ? unpackAccount(treasury, info, tokenProgram).amount : null;
}

export function useTreasuryBalance(deployment: GovernanceDeployment | null, mint: KeelMint | null) {
  const { connection } = useConnection();
  const cluster = useCluster();
  const treasury = deployment?.addresses.treasury ?? null;
  return useQuery({
    queryKey: treasury ? governanceKeys.treasury(cluster, treasury) : ['keel', cluster.key, 'no-treasury'],
    queryFn: () => fetchTreasuryBalance(connection, treasury!, mint!.tokenProgram),
    enabled: Boolean(treasury && mint),
    refetchInterval: 30_000,
  });
}

/** Classifies a recipient: a KEEL token account, a wallet (with or without its KEEL account), or something else. */
export async function fetchRecipientInfo(connection: Connection, recipient: PublicKey, mint: KeelMint): Promise<RecipientInfo> {
  const ata = getAssociatedTokenAddressSync(mint.address, recipient, true, mint.tokenProgram);
  const [info, ataInfo] = await connection.getMultipleAccountsInfo([recipient, ata], 'confirmed');
  if (info && info.owner.equals(mint.tokenProgram)) {
    try {
      const account = unpackAccount(recipient, info, mint.tokenProgram);
      if (account.mint.equals(mint.address)) return { isTokenAccountOfMint: true, isOtherAccount: false, ataExists: false };
    } catch {
      // A mint or another token-program account: not a destination.
    }
    return { isTokenAccountOfMint: false, isOtherAccount: true, ataExists: false };
  }
  // A wallet is a system account (or nothing yet); a PDA of another program may still own tokens through its ATA.
  const isWallet = !info || info.owner.equals(SystemProgram.programId) || info.data.length === 0 || !PublicKey.isOnCurve(recipient.toBytes());
  return { isTokenAccountOfMint: false, isOtherAccount: !isWallet, ataExists: ataInfo !== null };
}
