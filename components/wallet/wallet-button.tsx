'use client';

import dynamic from 'next/dynamic';

/**
 * wallet-adapter's multi button renders from wallet state that only exists in
 * the browser, so it is not server-rendered (that would mismatch on hydrate).
 */
const WalletMultiButton = dynamic(() => import('@solana/wallet-adapter-react-ui').then((m) => m.WalletMultiButton), {
  ssr: false,
  loading: () => <span className="inline-block h-9 w-32 animate-pulse rounded-lg bg-slate-200 dark:bg-slate-800" aria-hidden="true" />,
});

export function WalletButton() {
  return (
    <div className="keel-wallet-button" data-testid="wallet-button">
      <WalletMultiButton />
    </div>
  );
}
