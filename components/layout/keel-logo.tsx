/** The Keel mark: a hull keel under a waterline. Decorative; the word "Keel" sits beside it. */
export function KeelLogo({ className = 'h-7 w-7' }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" className={className} aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" className="fill-keel-600" />
      <path d="M6 12h20l-4 6H10z" fill="white" />
      <path d="M15 18h2v8l-1 1.5-1-1.5z" fill="white" />
      <path d="M5 9.5c2 1.3 4 1.3 6 0s4-1.3 6 0 4 1.3 6 0 3.5-1 4.5-.5" stroke="#d9edff" strokeWidth="1.4" fill="none" strokeLinecap="round" />
    </svg>
  );
}
