import type { Metadata } from 'next';
import { SectionPlaceholder } from '@/components/ui/section-page';

export const metadata: Metadata = { title: 'Analytics' };

export default function AnalyticsPage() {
  return <SectionPlaceholder href="/analytics" eyebrow="Insights" />;
}
