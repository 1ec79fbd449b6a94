/**
 * Description documents of the local chain's demo proposals, served by the
 * portal itself at `/governance/documents/<slug>` (the URI the demo seed
 * stores; a proposal page fetches it and checks its sha256 like any other).
 * Real proposals publish their description elsewhere (IPFS, a forum post).
 */

export interface GovernanceDocument {
  slug: string;
  text: string;
}

export const DEMO_DOCUMENTS = {
  walletCap: {
    slug: 'raise-wallet-cap',
    text: `# Raise the per-wallet stake cap to 2,000,000 KEEL

The cap of 1,000,000 KEEL per wallet (1 % of supply) was set at launch to keep
voting power spread out. Two market makers now hold more than the cap and keep
the rest on exchanges, outside governance.

## Proposal
- Keep the minimum stake at 100 KEEL.
- Raise the maximum stake per wallet from 1,000,000 to 2,000,000 KEEL.

## Risks
A larger cap lets one wallet reach quorum sooner. Quorum (10 %) and approval
(66 %) stay as they are.
`,
  },
  season2: {
    slug: 'season-2-focus',
    text: `# Signal: season 2 incentives focus on SOL/USDC depth

A text-only proposal: nothing executes on chain. It asks stakers whether the
season 2 maker incentives should weigh quoted depth within 10 bps on SOL/USDC
twice as much as other markets.

Vote For to support, Against to keep equal weights, Abstain to count toward
quorum without taking a side.
`,
  },
  onboardingGrant: {
    slug: 'onboarding-grant',
    text: `# Grant 50,000 KEEL for market-maker onboarding

Fund the onboarding program for new market makers from the governance treasury:
50,000 KEEL paid to the program's wallet, spent on integration support and the
first month's inventory costs. A report follows at the end of the season.
`,
  },
} as const satisfies Record<string, GovernanceDocument>;

const BY_SLUG: ReadonlyMap<string, GovernanceDocument> = new Map(Object.values(DEMO_DOCUMENTS).map((d) => [d.slug, d]));

export function demoDocument(slug: string): GovernanceDocument | undefined {
  return BY_SLUG.get(slug);
}

/** The URI a demo proposal stores: a path on the portal. */
export const demoDocumentUri = (doc: GovernanceDocument) => `/governance/documents/${doc.slug}`;
