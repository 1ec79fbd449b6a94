/**
 * Shared helpers for program tests in LiteSVM (probe, staking, governance):
 * VM set-up, sending and reading results (kit instructions: `send.ts`; the
 * web3.js instructions of `lib/programs/*`: `web3.ts`), planting/reading
 * accounts, token fixtures.
 */
export * from './accounts';
export * from './send';
export * from './svm';
export * from './tokens';
export * from './web3';
