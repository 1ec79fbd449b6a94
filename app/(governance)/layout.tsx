import type { ReactNode } from 'react';

/** Governance routes (proposal list now; proposal detail and creation later) share this layout. */
export default function GovernanceLayout({ children }: { children: ReactNode }) {
  return <div className="space-y-6">{children}</div>;
}
