/**
 * TypeScript client of the staking program: `program.ts` ids/seeds/PDAs,
 * `instructions/` one web3.js builder per instruction (data encoded with
 * @solana/codecs), `accounts.ts` decoders into app types, `errors.ts` the
 * error table, `events.ts` log events, `projections.ts` pure projections,
 * `schedule.ts` the keeper-free schedule's math and exact model,
 * `schedule-account.ts` its account, `position-rewards.ts` a position now.
 */
export * from './accounts';
export * from './errors';
export * from './events';
export * from './instructions';
export * from './program';
export * from './projections';
export * from './position-rewards';
export * from './schedule';
export * from './schedule-account';
