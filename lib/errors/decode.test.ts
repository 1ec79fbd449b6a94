import { TOKEN_PROGRAM_ID } from '@solana/spl-token';
import { ComputeBudgetProgram, Keypair, PublicKey, SendTransactionError, SystemProgram, TransactionExpiredBlockheightExceededError } from '@solana/web3.js';
import { WalletSignTransactionError, WalletNotConnectedError } from '@solana/wallet-adapter-base';
import { describe, expect, it } from 'vitest';
import { LOCALNET_PROGRAM_IDS } from '@/lib/config/programs';
import { PROBE_ERRORS } from '@/lib/programs/probe/errors';
import { decodeTransactionError, toKeelError } from './decode';
import { KeelError } from './keel-error';
import { registerProgramErrors } from './registry';

const demo = Keypair.generate().publicKey;
registerProgramErrors(demo, {
  name: 'demo',
  label: 'Demo',
  errors: { 6: { name: 'MathOverflow', message: 'The amount is too large to compute with.' } },
});

// As the tx helper sends them: two compute-budget instructions, then the caller's.
const programIds = [ComputeBudgetProgram.programId, ComputeBudgetProgram.programId, SystemProgram.programId, demo];

describe('decodeTransactionError', () => {
  it('decodes Custom(n) through the failing program’s registered table', () => {
    const error = decodeTransactionError({ InstructionError: [3, { Custom: 6 }] }, { programIds, logs: ['Program log: overflow'] });
    expect(error).toBeInstanceOf(KeelError);
    expect(error.code).toBe('program:demo:MathOverflow');
    expect(error.message).toBe('The amount is too large to compute with.');
    expect(error.logs).toEqual(['Program log: overflow']);
    expect(error.details).toMatchObject({ instructionIndex: 3, customCode: 6, program: 'demo' });
  });

  it('knows the probe program’s table at its localnet id', () => {
    const code = Number(Object.entries(PROBE_ERRORS).find(([, e]) => e.name === 'MathOverflow')![0]);
    const error = decodeTransactionError({ InstructionError: [2, { Custom: code }] }, {
      programIds: [ComputeBudgetProgram.programId, ComputeBudgetProgram.programId, new PublicKey(LOCALNET_PROGRAM_IDS.probe)],
    });
    expect(error.code).toBe('program:probe:MathOverflow');
    expect(error.message).toBe(PROBE_ERRORS[code]!.message);
  });

  it('decodes SPL Token and System program custom errors', () => {
    const token = decodeTransactionError({ InstructionError: [0, { Custom: 1 }] }, { programIds: [TOKEN_PROGRAM_ID] });
    expect(token.code).toBe('program:spl-token:InsufficientFunds');
    expect(token.message).toBe('Insufficient token balance.');
    const system = decodeTransactionError({ InstructionError: [2, { Custom: 0 }] }, { programIds });
    expect(system.code).toBe('program:system:AccountAlreadyInUse');
  });

  it('falls back to the last "failed" log line when instruction ids are unknown', () => {
    const error = decodeTransactionError(
      { InstructionError: [0, { Custom: 6 }] },
      { logs: [`Program ${demo.toBase58()} invoke [1]`, `Program ${demo.toBase58()} failed: custom program error: 0x6`] },
    );
    expect(error.code).toBe('program:demo:MathOverflow');
  });

  it('says which program failed when it has no table', () => {
    const unknown = Keypair.generate().publicKey;
    const error = decodeTransactionError({ InstructionError: [0, { Custom: 42 }] }, { programIds: [unknown] });
    expect(error.code).toBe(`program:${unknown.toBase58()}:Custom(42)`);
    expect(error.message).toContain('error 42 (0x2a) in instruction 1');
  });

  it('decodes built-in instruction errors', () => {
    const error = decodeTransactionError({ InstructionError: [2, 'MissingRequiredSignature'] }, { programIds });
    expect(error.code).toBe('instruction:MissingRequiredSignature');
    expect(error.message).toBe('A required signature is missing.');
    expect(decodeTransactionError({ InstructionError: [0, { BorshIoError: 'x' }] }).code).toBe('instruction:BorshIoError');
    expect(decodeTransactionError({ InstructionError: [0, 'InsufficientFunds'] }).message).toBe('Insufficient funds for this instruction.');
  });

  it('decodes transaction-level errors and blockhash expiry', () => {
    expect(decodeTransactionError('InsufficientFundsForFee').code).toBe('transaction:InsufficientFundsForFee');
    expect(decodeTransactionError('AccountNotFound').message).toBe('The paying account has no SOL on this cluster yet.');
    expect(decodeTransactionError('BlockhashNotFound').code).toBe('rpc:blockhash-expired');
    const rent = decodeTransactionError({ InsufficientFundsForRent: { account_index: 1 } });
    expect(rent.code).toBe('transaction:InsufficientFundsForRent');
    expect(decodeTransactionError('SomethingNew').message).toBe('Something new.');
  });
});

describe('toKeelError', () => {
  it('passes KeelErrors through', () => {
    const original = new KeelError('wallet:rejected', 'x');
    expect(toKeelError(original)).toBe(original);
  });

  it('recognises wallet rejection (message or EIP-1193 code 4001)', () => {
    expect(toKeelError(new WalletSignTransactionError('User rejected the request.')).code).toBe('wallet:rejected');
    const coded = new WalletSignTransactionError('failed', { code: 4001, message: 'nope' });
    expect(toKeelError(coded).code).toBe('wallet:rejected');
    expect(toKeelError(new WalletSignTransactionError('Ledger is locked')).code).toBe('wallet:error');
    expect(toKeelError(new WalletNotConnectedError()).code).toBe('wallet:not-connected');
  });

  it('recognises blockhash expiry while confirming', () => {
    const error = toKeelError(new TransactionExpiredBlockheightExceededError('sig'));
    expect(error.code).toBe('rpc:blockhash-expired');
  });

  it('decodes a preflight SendTransactionError from its message and logs', () => {
    const error = toKeelError(
      new SendTransactionError({
        action: 'send',
        signature: '',
        transactionMessage: 'Transaction simulation failed: Error processing Instruction 3: custom program error: 0x6',
        logs: ['Program log: boom'],
      }),
      { programIds },
    );
    expect(error.code).toBe('program:demo:MathOverflow');
    expect(error.logs).toEqual(['Program log: boom']);
    const builtin = toKeelError(
      new SendTransactionError({
        action: 'send',
        signature: '',
        transactionMessage: 'Transaction simulation failed: Error processing Instruction 2: missing required signature for instruction',
      }),
      { programIds },
    );
    expect(builtin.code).toBe('instruction:MissingRequiredSignature');
  });

  it('maps network failures to rpc:unavailable', () => {
    expect(toKeelError(new TypeError('fetch failed')).code).toBe('rpc:unavailable');
  });

  it('keeps unknown errors’ messages', () => {
    const error = toKeelError(new Error('weird'));
    expect(error.code).toBe('unknown');
    expect(error.message).toBe('weird');
  });
});
