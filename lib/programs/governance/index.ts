/**
 * TypeScript client of the governance program: `program.ts` ids/seeds/PDAs and
 * defaults, `instructions/` one web3.js builder per instruction (data encoded
 * with @solana/codecs), `accounts.ts` decoders into app types (and the proposal
 * phase at a given time), `errors.ts` the error table, `events.ts` log events,
 * `actions.ts` typed proposal-action builders, `describe.ts` actions in words,
 * `math.ts` the vote math for previews.
 */
export * from './accounts';
export * from './actions';
export * from './describe';
export * from './errors';
export * from './events';
export * from './instructions';
export * from './math';
export * from './program';
