import { describe, expect, it } from 'vitest';
import { allOk, selectStages, type StageResult, summaryLines } from './summary';

const tests = (name: string, over: Partial<StageResult> = {}): StageResult => ({
  name,
  kind: 'tests',
  exitOk: true,
  passed: 10,
  failed: 0,
  skipped: 0,
  flaky: [],
  failures: [],
  seconds: 1,
  ...over,
});
const check = (name: string, exitOk = true, failures: string[] = []): StageResult => ({ ...tests(name), kind: 'check', passed: 0, exitOk, failures });

describe('summaryLines', () => {
  it('counts tests only; checks are listed apart; the last line is the plain totals line', () => {
    const lines = summaryLines([check('typecheck'), check('lint'), tests('vitest unit', { passed: 5, skipped: 2 }), tests('cargo', { passed: 3 })]);
    expect(lines.at(-1)).toBe('tests: 8 passed, 0 failed, 2 skipped');
    expect(lines).toContain('checks: 2 ok, 0 failed');
    expect(allOk([check('typecheck'), tests('cargo')])).toBe(true);
  });

  it('fails a test stage that ran nothing, even when its runner exited 0', () => {
    const empty = tests('cargo', { passed: 0, skipped: 4 });
    const lines = summaryLines([tests('vitest unit'), empty]);
    expect(allOk([tests('vitest unit'), empty])).toBe(false);
    expect(lines.some((l) => l.startsWith('FAIL cargo'))).toBe(true);
    expect(lines).toContain('       ✗ ran no tests');
    expect(lines.at(-1)).toBe('tests: 10 passed, 1 failed, 4 skipped');
  });

  it('fails a stage whose runner exited non-zero without a failed test, and names failed checks', () => {
    const crashed = tests('vitest rpc', { exitOk: false, passed: 3 });
    const results = [check('lint', false, ['app/page.tsx: 1 warning']), crashed];
    const lines = summaryLines(results);
    expect(allOk(results)).toBe(false);
    expect(lines).toContain('checks: 0 ok, 1 failed (lint)');
    expect(lines).toContain('       ✗ exited non-zero');
    expect(lines.at(-1)).toBe('tests: 3 passed, 1 failed, 0 skipped');
  });

  it('names flaky tests: passed, but seen', () => {
    const results = [tests('e2e', { passed: 16, flaky: ['governance.spec.ts › votes'] })];
    const lines = summaryLines(results);
    expect(allOk(results)).toBe(true);
    expect(lines).toContain('flaky: 1 (governance.spec.ts › votes)');
    expect(lines[0]).toContain('16 passed, 0 failed, 0 skipped, 1 flaky');
    expect(lines.at(-1)).toBe('tests: 16 passed, 0 failed, 0 skipped');
  });

  it('is not ok with no stages', () => expect(allOk([])).toBe(false));
});

describe('selectStages', () => {
  const stages = [{ name: 'typecheck' }, { name: 'vitest unit' }, { name: 'vitest rpc' }, { name: 'cargo test' }];
  it('selects by prefix, all when none named', () => {
    expect(selectStages(stages, []).selected).toHaveLength(4);
    expect(selectStages(stages, ['vitest']).selected.map((s) => s.name)).toEqual(['vitest unit', 'vitest rpc']);
  });
  it('reports an argument that matches no stage', () => {
    expect(selectStages(stages, ['vitest', 'sdk'])).toMatchObject({ unknown: ['sdk'] });
  });
});
