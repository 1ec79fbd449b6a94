'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

/** Tabs between the pages of one route group (Stake | Rewards, Analytics | Tables). */
export function SectionTabs({ label, tabs }: { label: string; tabs: readonly { href: string; title: string }[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="mb-6 border-b border-slate-200 dark:border-slate-800">
      <ul className="-mb-px flex gap-4">
        {tabs.map((tab) => {
          const active = pathname === tab.href || pathname.startsWith(`${tab.href}/`);
          return (
            <li key={tab.href}>
              <Link
                href={tab.href}
                aria-current={active ? 'page' : undefined}
                className={`inline-block border-b-2 px-1 pb-2 text-sm font-medium focus-visible:outline-2 focus-visible:outline-keel-500 ${
                  active
                    ? 'border-keel-600 text-keel-600 dark:border-keel-400 dark:text-keel-400'
                    : 'border-transparent text-slate-500 hover:border-slate-300 hover:text-slate-800 dark:text-slate-400 dark:hover:text-slate-200'
                }`}
              >
                {tab.title}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
