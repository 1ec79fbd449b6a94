import { allProgramIds } from '@/lib/config/cluster';
import { GOVERNANCE_ERRORS } from '@/lib/programs/governance/errors';
import { MAKERS_ERRORS } from '@/lib/programs/makers/errors';
import { PROBE_ERRORS } from '@/lib/programs/probe/errors';
import { STAKING_ERRORS } from '@/lib/programs/staking/errors';
import { registerProgramErrors } from './registry';

/**
 * Keel's own programs' error tables, registered under every id the program has
 * in this build (the localnet keypair id and NEXT_PUBLIC_KEEL_<PROGRAM>_ID).
 * A new program adds one line here, importing its `lib/programs/<name>/errors.ts`.
 */
registerProgramErrors(allProgramIds('probe'), { name: 'probe', label: 'Probe', errors: PROBE_ERRORS });
registerProgramErrors(allProgramIds('staking'), { name: 'staking', label: 'Staking', errors: STAKING_ERRORS });
registerProgramErrors(allProgramIds('governance'), { name: 'governance', label: 'Governance', errors: GOVERNANCE_ERRORS });
registerProgramErrors(allProgramIds('makers'), { name: 'makers', label: 'Makers', errors: MAKERS_ERRORS });
