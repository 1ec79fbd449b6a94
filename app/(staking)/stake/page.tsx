import type { Metadata } from 'next';
import { SectionPlaceholder } from '@/components/ui/section-page';

export const metadata: Metadata = { title: 'Stake' };

export default function StakePage() {
  return <SectionPlaceholder href="/stake" eyebrow="Staking" />;
}
