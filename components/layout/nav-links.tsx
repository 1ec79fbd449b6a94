'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { SECTIONS } from '@/lib/config/sections';

export function NavLinks({ className = '' }: { className?: string }) {
  const pathname = usePathname();
  return (
    <ul className={`flex items-center gap-1 ${className}`}>
      {SECTIONS.map((section) => {
        const active = pathname === section.href || pathname.startsWith(`${section.href}/`);
        return (
          <li key={section.href}>
            <Link
              href={section.href}
              aria-current={active ? 'page' : undefined}
              className={`block whitespace-nowrap rounded-md px-3 py-1.5 text-sm font-medium transition-colors focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-keel-500 ${
                active
                  ? 'bg-keel-50 text-keel-600 dark:bg-keel-900 dark:text-keel-100'
                  : 'text-slate-600 hover:bg-slate-100 hover:text-slate-900 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white'
              }`}
            >
              {section.title}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
