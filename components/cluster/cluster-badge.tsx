import type { ClusterId } from '@/lib/config/cluster';

const DOT: Record<ClusterId, string> = {
  localnet: 'bg-amber-500',
  devnet: 'bg-violet-500',
  'mainnet-beta': 'bg-emerald-500',
  custom: 'bg-sky-500',
};

/** The coloured dot that tells clusters apart at a glance (the label always sits beside it). */
export function ClusterDot({ id }: { id: ClusterId }) {
  return <span aria-hidden="true" className={`inline-block h-2 w-2 shrink-0 rounded-full ${DOT[id]}`} />;
}
