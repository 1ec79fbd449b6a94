import { sectionByHref, type SectionHref } from '@/lib/config/sections';
import { ComingSoon } from './coming-soon';
import { PageHeader } from './page-header';

/** A section route before its feature lands: title, summary and the honest placeholder. */
export function SectionPlaceholder({ href, eyebrow }: { href: SectionHref; eyebrow?: string }) {
  const section = sectionByHref(href);
  return (
    <>
      <PageHeader eyebrow={eyebrow} title={section.title} description={section.summary} />
      <ComingSoon section={section} />
    </>
  );
}
