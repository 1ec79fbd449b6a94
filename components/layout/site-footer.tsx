export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-slate-200 dark:border-slate-800">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-6 text-sm text-slate-500 dark:text-slate-400">
        <p>Keel: staking and governance for the market-making incentive token.</p>
        <p>Every transaction is simulated before you sign it.</p>
      </div>
    </footer>
  );
}
