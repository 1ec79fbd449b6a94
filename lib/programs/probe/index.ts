/**
 * TypeScript client of the test-only probe program: the pattern every Keel
 * program client follows (`program.ts` ids/seeds/PDAs, `instructions/` one
 * builder per instruction with @solana/codecs data encoders, `state.ts`
 * account decoders, `errors.ts` the error table for `lib/errors`).
 */
export * from './errors';
export * from './instructions';
export * from './program';
export * from './state';
