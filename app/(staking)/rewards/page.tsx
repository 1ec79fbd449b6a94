import type { Metadata } from 'next';
import { RewardsFeature } from '@/components/rewards/rewards-feature';
import { PageHeader } from '@/components/ui/page-header';
import { sectionByHref } from '@/lib/config/sections';

export const metadata: Metadata = { title: 'Rewards' };

export default function RewardsPage() {
  const section = sectionByHref('/rewards');
  return (
    <>
      <PageHeader eyebrow="Staking" title={section.title} description={section.summary} />
      <RewardsFeature />
    </>
  );
}
