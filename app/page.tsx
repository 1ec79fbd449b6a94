import Link from 'next/link';
import { SECTIONS } from '@/lib/config/sections';

export default function OverviewPage() {
  return (
    <div>
      <section className="rounded-2xl bg-gradient-to-br from-keel-900 via-keel-900 to-keel-600 px-6 py-10 text-white shadow-sm sm:px-10">
        <p className="text-sm font-semibold uppercase tracking-wider text-keel-100/80">Overview</p>
        <h1 className="mt-2 max-w-2xl text-3xl font-semibold tracking-tight sm:text-4xl">
          Stake KEEL, reward the makers who keep markets deep, and steer the protocol.
        </h1>
        <p className="mt-4 max-w-2xl text-keel-100/90">
          Keel turns market-making incentives into long-term alignment: lock KEEL for voting power, earn a share of emissions, and
          decide how the treasury funds liquidity.
        </p>
        <div className="mt-6 flex flex-wrap gap-3">
          <Link
            href="/stake"
            className="rounded-lg bg-white px-4 py-2 text-sm font-semibold text-keel-900 hover:bg-keel-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-white"
          >
            Start staking
          </Link>
          <Link
            href="/governance"
            className="rounded-lg border border-white/40 px-4 py-2 text-sm font-semibold text-white hover:bg-white/10 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-white"
          >
            See governance
          </Link>
        </div>
      </section>

      <h2 className="mt-10 text-lg font-semibold">Sections</h2>
      <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {SECTIONS.map((section) => (
          <li key={section.href}>
            <Link
              href={section.href}
              className="group flex h-full flex-col rounded-xl border border-slate-200 p-5 transition-colors hover:border-keel-400 hover:bg-keel-50/40 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-keel-500 dark:border-slate-800 dark:hover:border-keel-600 dark:hover:bg-keel-900/30"
            >
              <span className="flex items-center justify-between">
                <span className="font-semibold">{section.title}</span>
                {section.live ? (
                  <span className="rounded-full bg-emerald-100 px-2 py-0.5 text-xs text-emerald-800 dark:bg-emerald-900/40 dark:text-emerald-200">Live</span>
                ) : (
                  <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-600 dark:bg-slate-800 dark:text-slate-300">Coming soon</span>
                )}
              </span>
              <span className="mt-2 text-sm text-slate-600 dark:text-slate-300">{section.summary}</span>
              <span aria-hidden="true" className="mt-auto pt-4 text-sm font-medium text-keel-600 group-hover:underline dark:text-keel-400">
                Open {section.title} →
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
