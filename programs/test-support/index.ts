/**
 * Shared helpers for program tests in LiteSVM (probe, staking, governance):
 * VM set-up, sending and reading results, planting/reading accounts, token
 * fixtures.
 */
export * from './accounts';
export * from './send';
export * from './svm';
export * from './tokens';
