/** KEEL on chain: the mint (supply, decimals, token program) and a wallet's holding. */
import { getAssociatedTokenAddressSync, unpackAccount, unpackMint } from '@solana/spl-token';
import { useConnection } from '@solana/wallet-adapter-react';
import type { Connection, PublicKey } from '@solana/web3.js';
import { useQuery } from '@tanstack/react-query';
import { useCluster } from '@/lib/solana/useCluster';
import { tokenProgramKind } from '@/lib/token/token-programs';
import { stakingKeys } from './keys';
import type { KeelMint, TokenHolding } from './types';

/** The mint, or null when no token mint exists at `mint` on this cluster. */
export async function fetchKeelMint(connection: Connection, mint: PublicKey): Promise<KeelMint | null> {
  const info = await connection.getAccountInfo(mint, 'confirmed');
  if (!info || !tokenProgramKind(info.owner)) return null;
  const m = unpackMint(mint, info, info.owner);
  return { address: mint, tokenProgram: info.owner, decimals: m.decimals, supply: m.supply, mintAuthority: m.mintAuthority };
}

export function useKeelMint(mint: PublicKey | null) {
  const { connection } = useConnection();
  const cluster = useCluster();
  return useQuery({
    queryKey: mint ? stakingKeys.mint(cluster, mint) : ['keel', cluster.key, 'no-mint'],
    queryFn: () => fetchKeelMint(connection, mint!),
    enabled: mint !== null,
    staleTime: 60_000,
  });
}

/** `owner`'s KEEL in its associated token account (amount 0 when the account does not exist yet). */
export async function fetchHolding(connection: Connection, owner: PublicKey, mint: KeelMint): Promise<TokenHolding> {
  const ata = getAssociatedTokenAddressSync(mint.address, owner, true, mint.tokenProgram);
  const info = await connection.getAccountInfo(ata, 'confirmed');
  if (!info) return { ata, exists: false, amount: 0n };
  return { ata, exists: true, amount: unpackAccount(ata, info, mint.tokenProgram).amount };
}

export function useHolding(owner: PublicKey | null, mint: KeelMint | null | undefined) {
  const { connection } = useConnection();
  const cluster = useCluster();
  return useQuery({
    queryKey: owner && mint ? stakingKeys.holding(cluster, owner, mint.address) : ['keel', cluster.key, 'no-holding'],
    queryFn: () => fetchHolding(connection, owner!, mint!),
    enabled: Boolean(owner && mint),
  });
}

/** Balance of any token account (0 when missing), e.g. the locked reserve. */
export async function fetchTokenAccountAmount(connection: Connection, account: PublicKey, tokenProgram: PublicKey): Promise<bigint> {
  const info = await connection.getAccountInfo(account, 'confirmed');
  return info ? unpackAccount(account, info, tokenProgram).amount : 0n;
}

export function useTokenAccountAmount(account: PublicKey | null, mint: KeelMint | null | undefined) {
  const { connection } = useConnection();
  const cluster = useCluster();
  return useQuery({
    queryKey: account ? stakingKeys.tokenAccount(cluster, account) : ['keel', cluster.key, 'no-token-account'],
    queryFn: () => fetchTokenAccountAmount(connection, account!, mint!.tokenProgram),
    enabled: Boolean(account && mint),
    staleTime: 60_000,
  });
}
