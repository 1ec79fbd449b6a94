import type { Metadata } from 'next';
import { SectionPlaceholder } from '@/components/ui/section-page';

export const metadata: Metadata = { title: 'Tables' };

export default function TablesPage() {
  return <SectionPlaceholder href="/tables" eyebrow="Insights" />;
}
