import type { ProgramName } from './programs';

/**
 * The portal's sections, in navigation order. One list feeds the header, the
 * overview cards and each section's placeholder, so they cannot drift apart.
 * A section is `live` once its feature has landed; until then `planned` says
 * honestly what it will hold.
 */
export interface Section {
  href: `/${string}`;
  title: string;
  summary: string;
  /** The program the section reads and writes; its deployment status is shown. */
  program: ProgramName | null;
  live: boolean;
  planned: string[];
}

export const SECTIONS = [
  {
    href: '/stake',
    live: true,
    title: 'Stake',
    summary: 'Lock KEEL for a period you choose to earn voting power and a share of maker incentives.',
    program: 'staking',
    planned: [
      'Your KEEL balance and a stake form with lock duration and the resulting voting power',
      'Your stake positions with amounts, unlock dates and time remaining',
      'Unstake once a lock has expired (use the dev panel time warp on localnet to try it)',
    ],
  },
  {
    href: '/rewards',
    live: true,
    title: 'Rewards',
    summary: 'Claim the incentives your stake positions have accrued.',
    program: 'staking',
    planned: [
      'Claimable rewards per position, updated from the chain',
      'Claim one position or all of them in a single transaction',
      'A history of past claims with explorer links',
    ],
  },
  {
    href: '/makers',
    live: true,
    title: 'Makers',
    summary: 'Market makers earn KEEL for the spread improvement of the fills the exchange reports, from a season budget.',
    program: 'makers',
    planned: [
      'The leaderboard of every season, with each maker’s payout explained fill by fill',
      'Register as a maker, bond and unbond KEEL, claim rewards',
      'Season budget used over time, share of notional, daily notional and rewards',
    ],
  },
  {
    href: '/governance',
    live: true,
    title: 'Governance',
    summary: 'Proposals and votes weighted by staked KEEL; passed proposals move treasury funds.',
    program: 'governance',
    planned: [
      'Proposals with status, quorum and time left',
      'Vote for, against or abstain with your staked voting power',
      'Create proposals above the threshold and execute passed ones',
    ],
  },
  {
    href: '/analytics',
    live: false,
    title: 'Analytics',
    summary: 'Protocol activity over time.',
    program: null,
    planned: [
      'Total KEEL staked and average lock length over time',
      'Reward emissions per epoch and maker volume',
      'Governance participation per proposal',
    ],
  },
  {
    href: '/tables',
    live: false,
    title: 'Tables',
    summary: 'The raw on-chain accounts behind the portal, decoded.',
    program: null,
    planned: [
      'Stake positions, maker accounts, proposals and treasury accounts',
      'Sorting, filtering and CSV export',
      'Explorer links for every account',
    ],
  },
] as const satisfies readonly Section[];

export type SectionHref = (typeof SECTIONS)[number]['href'];

export function sectionByHref(href: SectionHref): Section {
  return SECTIONS.find((s) => s.href === href)!;
}
