import type { Metadata } from 'next';
import { ProposalListFeature } from '@/components/governance/proposal-list-feature';
import { PageHeader } from '@/components/ui/page-header';
import { isProposalFilter } from '@/lib/governance/status';
import { sectionByHref } from '@/lib/config/sections';

export const metadata: Metadata = { title: 'Governance' };

export default async function GovernancePage({ searchParams }: { searchParams: Promise<{ state?: string | string[] }> }) {
  const section = sectionByHref('/governance');
  const state = (await searchParams).state;
  const filter = typeof state === 'string' && isProposalFilter(state) ? state : 'all';
  return (
    <>
      <PageHeader eyebrow="Governance" title={section.title} description={section.summary} />
      <ProposalListFeature initialFilter={filter} />
    </>
  );
}
