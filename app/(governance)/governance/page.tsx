import type { Metadata } from 'next';
import { SectionPlaceholder } from '@/components/ui/section-page';

export const metadata: Metadata = { title: 'Governance' };

export default function GovernancePage() {
  return <SectionPlaceholder href="/governance" eyebrow="Governance" />;
}
