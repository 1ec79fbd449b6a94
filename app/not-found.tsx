import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <p className="text-sm font-semibold text-keel-600 dark:text-keel-400">404</p>
      <h1 className="mt-2 text-2xl font-semibold tracking-tight">Page not found</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-300">There is nothing at this address. It may have moved, or never existed.</p>
      <Link
        href="/"
        className="mt-6 inline-block rounded-lg bg-keel-600 px-4 py-2 text-sm font-semibold text-white hover:bg-keel-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-keel-500"
      >
        Back to overview
      </Link>
    </div>
  );
}
