import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { DevPanel } from '@/components/dev/dev-feature';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { AppProviders } from '@/components/providers/app-providers';
import { Toaster } from '@/components/toasts/toaster';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Keel', template: '%s · Keel' },
  description: 'Stake KEEL, claim market-making incentives and vote on proposals.',
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#020617' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-dvh flex-col bg-white text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:fixed focus:left-4 focus:top-4 focus:z-50 focus:rounded-md focus:bg-keel-600 focus:px-3 focus:py-2 focus:text-white"
        >
          Skip to content
        </a>
        <AppProviders>
          <SiteHeader />
          <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
            <DevPanel />
            {children}
          </main>
          <SiteFooter />
          <Toaster />
        </AppProviders>
      </body>
    </html>
  );
}
