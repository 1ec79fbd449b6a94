import Link from 'next/link';
import { ClusterSelector } from '@/components/cluster/cluster-selector';
import { WalletButton } from '@/components/wallet/wallet-button';
import { KeelLogo } from './keel-logo';
import { NavLinks } from './nav-links';

export function SiteHeader() {
  return (
    <header className="sticky top-0 z-30 border-b border-slate-200 bg-white/85 backdrop-blur dark:border-slate-800 dark:bg-slate-950/85">
      <div className="mx-auto flex h-16 max-w-6xl items-center gap-3 px-4 sm:gap-4">
        <Link href="/" className="flex shrink-0 items-center gap-2 rounded-md text-lg font-semibold tracking-tight focus-visible:outline-2 focus-visible:outline-keel-500">
          <KeelLogo />
          <span>Keel</span>
        </Link>
        <nav aria-label="Main" className="hidden lg:block">
          <NavLinks />
        </nav>
        <div className="ml-auto flex items-center gap-2">
          <ClusterSelector />
          <WalletButton />
        </div>
      </div>
      <nav aria-label="Main (compact)" className="border-t border-slate-200 px-2 py-1.5 lg:hidden dark:border-slate-800">
        <NavLinks className="overflow-x-auto" />
      </nav>
    </header>
  );
}
