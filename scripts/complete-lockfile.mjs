/**
 * Completes package-lock.json with the platform-specific optional packages
 * (other OSes' and CPUs' builds of next/swc, tailwind oxide, litesvm, …).
 *
 * Why: the npm registry this project's machines reach serves only this
 * platform's builds, so `npm install` leaves the others out of the lock, and
 * `npm ci` then refuses the lock as "not in sync". Listing them as optional
 * entries keeps `npm ci` exact for every package that exists here; an
 * optional package that cannot be fetched is skipped, as npm always does.
 *
 * Idempotent; run `node scripts/complete-lockfile.mjs` after any `npm install`
 * (scripts/test.sh runs it first).
 */
// Plain JavaScript: it runs before `npm ci`, when no TypeScript runner exists yet.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const lockPath = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'package-lock.json');
/** @type {{ packages: Record<string, { version?: string, dev?: boolean, optionalDependencies?: Record<string, string> }> }} */
const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
const packages = lock.packages;

let added = 0;
for (const [where, entry] of Object.entries(packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const nested = `${where ? `${where}/` : ''}node_modules/${name}`;
    const hoisted = `node_modules/${name}`;
    if (packages[nested] || packages[hoisted]) continue;
    packages[hoisted] = { version, optional: true, ...(entry.dev ? { dev: true } : {}) };
    added += 1;
  }
}

if (added > 0) {
  writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
  console.info(`complete-lockfile: listed ${added} optional platform packages`);
}
