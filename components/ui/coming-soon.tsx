import { ProgramStatus } from '@/components/cluster/program-status';
import type { Section } from '@/lib/config/sections';

/** The honest placeholder for a section whose feature has not landed yet. */
export function ComingSoon({ section }: { section: Section }) {
  return (
    <section
      aria-labelledby={`${section.title}-soon`}
      data-testid="coming-soon"
      className="rounded-xl border border-dashed border-slate-300 bg-slate-50 p-6 dark:border-slate-700 dark:bg-slate-900/50"
    >
      <div className="flex items-center gap-2">
        <span className="shrink-0 whitespace-nowrap rounded-full bg-keel-100 px-2.5 py-0.5 text-xs font-semibold text-keel-700 dark:bg-keel-900 dark:text-keel-100">Coming soon</span>
        <h2 id={`${section.title}-soon`} className="text-base font-semibold">
          What {section.title} will show
        </h2>
      </div>
      <ul className="mt-4 space-y-2 text-sm text-slate-700 dark:text-slate-300">
        {section.planned.map((item) => (
          <li key={item} className="flex gap-2">
            <span aria-hidden="true" className="mt-2 h-1.5 w-1.5 shrink-0 rounded-full bg-keel-400" />
            <span>{item}</span>
          </li>
        ))}
      </ul>
      {section.program && (
        <div className="mt-5 border-t border-slate-200 pt-4 dark:border-slate-800">
          <ProgramStatus program={section.program} />
        </div>
      )}
    </section>
  );
}
