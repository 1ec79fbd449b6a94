import type { ReactNode } from 'react';

/** Governance routes: the proposal list, one proposal, a new proposal. */
export default function GovernanceLayout({ children }: { children: ReactNode }) {
  return <div>{children}</div>;
}
