/**
 * TypeScript client of the staking program: the app's thin layer over the
 * generated client (`lib/programs/generated/staking`, from the Codama IDL
 * `programs/idl/staking.ts`). `program.ts` ids, enums, seeds and synchronous
 * PDAs, `instructions/` one web3.js builder per instruction (built by the
 * generated builders, converted in `lib/programs/shared/web3.ts`),
 * `accounts.ts` the generated decoders into app types, `errors.ts` the
 * generated error table, `events.ts` log events, `projections.ts` pure
 * projections, `schedule.ts` the keeper-free schedule's math and exact model,
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
