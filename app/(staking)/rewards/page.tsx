import type { Metadata } from 'next';
import { SectionPlaceholder } from '@/components/ui/section-page';

export const metadata: Metadata = { title: 'Rewards' };

export default function RewardsPage() {
  return <SectionPlaceholder href="/rewards" eyebrow="Staking" />;
}
