/**
 * TypeScript client of the makers program: the generated client
 * (`lib/programs/generated/makers`, from the Codama IDL `programs/idl/makers.ts`)
 * plus what the IDL cannot say: positional PDA finders and the associated
 * token account (`program.ts`), checked account readers and derived numbers
 * (`state.ts`), the reward model (`math.ts`), the fills event (`events.ts`),
 * the error table for `lib/errors` (`errors.ts`), the limits, defaults and
 * bounds of the Rust interface (`limits.ts`) and web3.js builders for
 * node-side callers and governance actions (`web3.ts`).
 */
export * from '@/lib/programs/generated/makers';
export * from './errors';
export * from './events';
export * from './filters';
export * from './limits';
export * from './math';
export * from './state';
export * from './web3';
// The hand-written layer's names win over the generated ones they wrap.
export {
  ASSOCIATED_TOKEN_PROGRAM_ADDRESS,
  findAssociatedTokenAddress,
  findBondVaultPda,
  findConfigPda,
  findMakerPda,
  findRewardVaultPda,
  type MakersAddresses,
  makersAddresses,
} from './program';
