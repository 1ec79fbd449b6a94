import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ProposalFeature } from '@/components/governance/proposal-feature';

type Params = { params: Promise<{ id: string }> };

/** Proposal numbers are u64: digits only, no leading zeros. */
const parseId = (raw: string) => (/^(0|[1-9]\d{0,19})$/.test(raw) && BigInt(raw) < 2n ** 64n ? raw : null);

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const id = parseId((await params).id);
  return { title: id === null ? 'Proposal' : `Proposal #${id}` };
}

export default async function ProposalPage({ params }: Params) {
  const id = parseId((await params).id);
  if (id === null) notFound();
  return (
    <>
      <BackLink />
      <ProposalFeature id={id} />
    </>
  );
}

function BackLink() {
  return (
    <Link href="/governance" className="mb-4 inline-block text-sm font-medium text-keel-600 underline-offset-2 hover:underline dark:text-keel-400">
      ← All proposals
    </Link>
  );
}
