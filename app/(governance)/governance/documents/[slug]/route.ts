import { demoDocument } from '@/lib/governance/documents';

/** The demo proposals' description documents, byte for byte what their on-chain sha256 pins. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const doc = demoDocument((await params).slug);
  if (!doc) return new Response('No such document.', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  return new Response(doc.text, { headers: { 'content-type': 'text/markdown; charset=utf-8', 'cache-control': 'public, max-age=3600' } });
}
