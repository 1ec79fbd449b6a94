import type { Metadata } from 'next';
import Link from 'next/link';
import { NewProposalFeature } from '@/components/governance/new-proposal-feature';
import { PageHeader } from '@/components/ui/page-header';

export const metadata: Metadata = { title: 'New proposal' };

export default function NewProposalPage() {
  return (
    <>
      <Link href="/governance" className="mb-4 inline-block text-sm font-medium text-keel-600 underline-offset-2 hover:underline dark:text-keel-400">
        ← All proposals
      </Link>
      <PageHeader
        eyebrow="Governance"
        title="New proposal"
        description="Describe the change, add the actions it runs when it passes (parameter changes, treasury transfers, any instruction), check what they would do, then open the vote."
      />
      <NewProposalFeature />
    </>
  );
}
