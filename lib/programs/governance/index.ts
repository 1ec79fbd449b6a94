/**
 * TypeScript client of the governance program: the app's thin layer over the
 * generated client (`lib/programs/generated/governance`, from the Codama IDL
 * `programs/idl/governance.ts`). `program.ts` ids, enums, seeds, synchronous
 * PDAs and defaults, `instructions/` one web3.js builder per instruction
 * (built by the generated builders, converted in `lib/programs/shared/web3.ts`),
 * `accounts.ts` the generated decoders into app types (and the proposal
 * phase at a given time), `errors.ts` the generated error table, `events.ts`
 * log events, `actions.ts` typed proposal-action builders, `describe.ts`
 * actions in words, `math.ts` the vote math for previews.
 */
export * from './accounts';
export * from './actions';
export * from './describe';
export * from './errors';
export * from './events';
export * from './instructions';
export * from './math';
export * from './program';
