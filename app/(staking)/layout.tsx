import type { ReactNode } from 'react';
import { SectionTabs } from '@/components/layout/section-tabs';

/** Staking and its rewards share positions, so they share a layout (and later a position context). */
export default function StakingLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <SectionTabs
        label="Staking"
        tabs={[
          { href: '/stake', title: 'Stake' },
          { href: '/rewards', title: 'Rewards' },
        ]}
      />
      {children}
    </>
  );
}
