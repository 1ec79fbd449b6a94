'use client';

import type { ProgramName } from '@/lib/config/programs';
import { explorerUrl } from '@/lib/tx/explorer';
import { useProgramDeployment } from './program-data-access';

const label = (program: ProgramName) => program[0]!.toUpperCase() + program.slice(1);

/** Whether the section's program exists on the active cluster; features show this instead of failing. */
export function ProgramStatus({ program }: { program: ProgramName }) {
  const { cluster, programId, query } = useProgramDeployment(program);
  const testId = `program-status-${program}`;
  const address = programId?.toBase58();
  const link = address && (
    <a
      href={explorerUrl({ address }, cluster)}
      target="_blank"
      rel="noreferrer"
      className="font-mono text-keel-600 underline-offset-2 hover:underline dark:text-keel-400"
      title={address}
    >
      {address.slice(0, 4)}…{address.slice(-4)}
    </a>
  );

  let state: 'missing' | 'checking' | 'unreachable' | 'deployed';
  if (!programId || query.data === false) state = 'missing';
  else if (query.data === true) state = 'deployed';
  else if (query.isError) state = 'unreachable';
  else state = 'checking';

  return (
    <p data-testid={testId} data-state={state} className="flex flex-wrap items-center gap-x-1.5 text-sm text-slate-600 dark:text-slate-300">
      <span
        aria-hidden="true"
        className={`h-2 w-2 rounded-full ${
          state === 'deployed' ? 'bg-emerald-500' : state === 'missing' ? 'bg-amber-500' : state === 'unreachable' ? 'bg-red-500' : 'bg-slate-400'
        }`}
      />
      {state === 'missing' && (
        <span>
          The {program} program is not deployed on this cluster ({cluster.label}){link ? <> — nothing executable at {link}</> : null}.
        </span>
      )}
      {state === 'checking' && <span>Checking the {program} program on {cluster.label}…</span>}
      {state === 'unreachable' && <span>Could not reach {cluster.label} to check the {program} program.</span>}
      {state === 'deployed' && (
        <span>
          {label(program)} program on {cluster.label}: {link}
        </span>
      )}
    </p>
  );
}
