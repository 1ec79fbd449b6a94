import type { Metadata } from 'next';
import { StakeFeature } from '@/components/staking/stake-feature';
import { PageHeader } from '@/components/ui/page-header';
import { sectionByHref } from '@/lib/config/sections';

export const metadata: Metadata = { title: 'Stake' };

export default function StakePage() {
  const section = sectionByHref('/stake');
  return (
    <>
      <PageHeader eyebrow="Staking" title={section.title} description={section.summary} />
      <StakeFeature />
    </>
  );
}
