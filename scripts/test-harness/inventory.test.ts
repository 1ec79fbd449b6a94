import { describe, expect, it } from 'vitest';
import { inventoryProblems } from './inventory';

const root = '/repo';
const listed = (file: string, projectName: string) => ({ file: `${root}/${file}`, projectName });

describe('inventoryProblems', () => {
  it('passes when each test file is in exactly one project and specs sit in e2e/', () => {
    const tree = ['lib/a.test.ts', 'programs/x/tests/b.test.ts', 'e2e/c.spec.ts', 'lib/a.ts'];
    expect(inventoryProblems(tree, [listed('lib/a.test.ts', 'unit'), listed('programs/x/tests/b.test.ts', 'programs')], root)).toEqual([]);
  });

  it('names a test file no project runs, one that runs twice, and a spec Playwright never sees', () => {
    const tree = ['bench/a.test.ts', 'programs/build/tests/b.test.ts', 'lib/c.spec.ts'];
    const problems = inventoryProblems(tree, [listed('programs/build/tests/b.test.ts', 'unit'), listed('programs/build/tests/b.test.ts', 'programs')], root);
    expect(problems).toEqual([
      'bench/a.test.ts is in no vitest project, so it never runs (vitest.config.ts include patterns)',
      'programs/build/tests/b.test.ts runs 2 times, in the vitest projects unit, programs: each test belongs to one project',
      'lib/c.spec.ts is outside e2e/, so Playwright never runs it',
    ]);
  });
});

