/**
 * A proposal's description: a document at a URI, pinned on chain by its
 * sha256. The new-proposal form hashes the text the proposer publishes; the
 * proposal page fetches the URI (http(s), a path on this portal, or IPFS
 * through a public gateway) and checks the hash before showing the text.
 */
import { z } from 'zod';
import { MAX_TITLE_LEN, MAX_URI_LEN, PROPOSAL_TYPES, type ProposalType, type VoteWeighting } from '@/lib/programs/governance';
import { issuesByPath } from './parameters';
import { parseHash, toHex, utf8Length } from './parse';

/** sha256 of UTF-8 text (Web Crypto: browsers on https/localhost, Node ≥ 20). */
export async function sha256(text: string | Uint8Array): Promise<Uint8Array> {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  return new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
}

export const sha256Hex = async (text: string | Uint8Array) => toHex(await sha256(text));

export const ZERO_HASH: Uint8Array = new Uint8Array(32);

/** URI schemes the page can fetch or link to; a leading "/" is a path on this portal. */
const URI_PATTERN = /^(https?:\/\/\S+|ipfs:\/\/\S+|ar:\/\/\S+|\/\S*)$/;

export const PROPOSAL_TYPE_LABELS: Record<ProposalType, string> = {
  'parameter-change': 'Parameter change',
  'treasury-spending': 'Treasury spending',
  'program-upgrade-note': 'Program upgrade note',
  'feature-toggle': 'Feature toggle',
  'text-only': 'Text only (signal)',
};

/**
 * How votes will be weighed, as the new-proposal page says it. Quadratic
 * weighting is per wallet (⌊√ of the wallet's total power on a side⌋), so
 * splitting stake into positions or votes gains nothing; splitting across
 * wallets does, and nothing on chain can stop it: the sentence says so.
 */
export const VOTE_WEIGHTING_WORDS: Record<VoteWeighting, string> = {
  linear: 'Votes are weighed linearly: every wallet counts with its voting power.',
  quadratic:
    'Votes are weighed quadratically: every wallet counts with the square root of its total voting power on a side, however it splits its stake into positions or its votes into transactions. Splitting stake across several wallets still gains weight: that is the known limit of quadratic voting.',
};

export interface ProposalMetaValues {
  title: string;
  type: ProposalType;
  /** Where the description is published (may be empty: then the title says it all). */
  uri: string;
  /** The description's text: hashed here. Empty with a hash typed in `hash` instead. */
  description: string;
  /** A sha256 in hex, for a document the proposer hashed elsewhere (used when `description` is empty). */
  hash: string;
}

export const proposalMetaSchema = z
  .object({
    title: z
      .string()
      .transform((t) => t.trim())
      .refine((t) => t.length > 0, 'Give the proposal a title.')
      .refine((t) => utf8Length(t) <= MAX_TITLE_LEN, `A title holds at most ${MAX_TITLE_LEN} bytes.`),
    type: z.enum(PROPOSAL_TYPES as [ProposalType, ...ProposalType[]]),
    uri: z
      .string()
      .transform((u) => u.trim())
      .refine((u) => utf8Length(u) <= MAX_URI_LEN, `A URI holds at most ${MAX_URI_LEN} bytes.`)
      .refine((u) => u === '' || URI_PATTERN.test(u), 'Use an https://, ipfs:// or ar:// URI (or a path starting with /).'),
    description: z.string(),
    hash: z.string(),
  })
  .superRefine((v, ctx) => {
    if (v.description.trim() === '' && v.hash.trim() !== '') {
      const h = parseHash(v.hash);
      if (!h.ok) ctx.addIssue({ code: 'custom', path: ['hash'], message: h.error });
    }
    if (v.uri !== '' && v.description.trim() === '' && v.hash.trim() === '') {
      ctx.addIssue({ code: 'custom', path: ['description'], message: 'Paste the published description (or its sha256) so voters can check the document at the URI.' });
    }
  });

export interface ProposalMeta {
  title: string;
  type: ProposalType;
  uri: string;
  descriptionHash: Uint8Array;
}

export type ProposalMetaResult = { ok: true; meta: ProposalMeta } | { ok: false; errors: Record<string, string> };

/** Validates title, type and URI and hashes the description (all zeros when there is none). */
export async function validateProposalMeta(values: ProposalMetaValues): Promise<ProposalMetaResult> {
  const r = proposalMetaSchema.safeParse(values);
  if (!r.success) return { ok: false, errors: issuesByPath(r.error) };
  const { title, type, uri, description, hash } = r.data;
  let descriptionHash: Uint8Array = ZERO_HASH;
  if (description.trim() !== '') descriptionHash = await sha256(description);
  else if (hash.trim() !== '') descriptionHash = (parseHash(hash) as { ok: true; value: Uint8Array }).value;
  return { ok: true, meta: { title, type, uri, descriptionHash } };
}

/** Where the page can fetch a description URI, or null (ar:// and unknown schemes are only shown). */
export function fetchableUrl(uri: string, origin: string): string | null {
  if (uri.startsWith('/')) return new URL(uri, origin).toString();
  if (/^https?:\/\//.test(uri)) return uri;
  if (uri.startsWith('ipfs://')) return `https://ipfs.io/ipfs/${uri.slice('ipfs://'.length)}`;
  return null;
}

export const isZeroHash = (hash: Uint8Array) => hash.every((b) => b === 0);

export type DescriptionCheck =
  | { status: 'match'; text: string }
  | { status: 'mismatch'; actual: string }
  | { status: 'unreachable'; reason: string };

/** Fetches the description and compares its sha256 with the proposal's. */
export async function checkDescription(url: string, expected: Uint8Array, fetcher: typeof fetch = fetch): Promise<DescriptionCheck> {
  let body: Uint8Array;
  try {
    const res = await fetcher(url, { cache: 'no-store' });
    if (!res.ok) return { status: 'unreachable', reason: `The URI answered HTTP ${res.status}.` };
    body = new Uint8Array(await res.arrayBuffer());
  } catch {
    return { status: 'unreachable', reason: 'The URI could not be fetched from this browser.' };
  }
  const actual = await sha256(body);
  if (toHex(actual) !== toHex(expected)) return { status: 'mismatch', actual: toHex(actual) };
  return { status: 'match', text: new TextDecoder().decode(body) };
}
