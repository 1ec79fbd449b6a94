import type { Metadata } from 'next';
import { SectionPlaceholder } from '@/components/ui/section-page';

export const metadata: Metadata = { title: 'Makers' };

export default function MakersPage() {
  return <SectionPlaceholder href="/makers" eyebrow="Incentives" />;
}
