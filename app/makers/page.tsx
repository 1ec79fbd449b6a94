import type { Metadata } from 'next';
import { MakersFeature } from '@/components/makers/makers-feature';
import { PageHeader } from '@/components/ui/page-header';
import { sectionByHref } from '@/lib/config/sections';

export const metadata: Metadata = { title: 'Makers' };

// Static: the cluster is chosen in the browser (lib/stores/settings), so chain
// data is read there, like the other sections' pages.
export default function MakersPage() {
  const section = sectionByHref('/makers');
  return (
    <>
      <PageHeader eyebrow="Incentives" title={section.title} description={section.summary} />
      <MakersFeature />
    </>
  );
}
