import type { ReactNode } from 'react';
import { SectionTabs } from '@/components/layout/section-tabs';

/** Read-only views over the same decoded accounts: charts and tables. */
export default function InsightsLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <SectionTabs
        label="Insights"
        tabs={[
          { href: '/analytics', title: 'Analytics' },
          { href: '/tables', title: 'Tables' },
        ]}
      />
      {children}
    </>
  );
}
