import type { Metadata } from 'next';
import { Suspense } from 'react';
import { ProposalListFeature } from '@/components/governance/proposal-list-feature';
import { PageHeader } from '@/components/ui/page-header';
import { sectionByHref } from '@/lib/config/sections';

export const metadata: Metadata = { title: 'Governance' };

// Static: the `?state=` filter is read in the browser (ProposalListFeature), so
// the page is prerendered instead of rendered per request.
export default function GovernancePage() {
  const section = sectionByHref('/governance');
  return (
    <>
      <PageHeader eyebrow="Governance" title={section.title} description={section.summary} />
      <Suspense>
        <ProposalListFeature />
      </Suspense>
    </>
  );
}
