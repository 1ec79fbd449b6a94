/**
 * The probe's data encoders against the byte maps in
 * programs/probe/src/interface/instruction.rs (offset 0 = discriminator,
 * little-endian integers).
 */
import { describe, expect, it } from 'vitest';
import {
  FailKind,
  getBurnInstructionDataEncoder,
  getCheckAccountsInstructionDataEncoder,
  getClockEventInstructionDataEncoder,
  getCloseVaultInstructionDataEncoder,
  getCreatePdaInstructionDataEncoder,
  getFailInstructionDataEncoder,
  getInitVaultInstructionDataEncoder,
  getMintToInstructionDataEncoder,
  getMulDivInstructionDataEncoder,
  getTransferInstructionDataEncoder,
  MulDivMode,
  PROBE_ERRORS,
} from '.';

const hex = (bytes: ArrayLike<number>) => Buffer.from(Uint8Array.from(bytes)).toString('hex');

describe('probe instruction data', () => {
  it('check_accounts: u8 0 then the payload', () => {
    expect(hex(getCheckAccountsInstructionDataEncoder().encode({ payload: Uint8Array.of(9, 8) }))).toBe('000908');
    expect(hex(getCheckAccountsInstructionDataEncoder().encode({}))).toBe('00');
  });

  it('create_pda: u8 1, u64 value (9 bytes)', () => {
    expect(hex(getCreatePdaInstructionDataEncoder().encode({ value: 0x0102n }))).toBe('010201000000000000');
  });

  it('init_vault: u8 2, vault bump, authority bump', () => {
    expect(hex(getInitVaultInstructionDataEncoder().encode({ vaultBump: 254, authorityBump: 253 }))).toBe('02fefd');
  });

  it('mint_to / burn / transfer: discriminator, bump, u64 amount (10 bytes)', () => {
    const args = { authorityBump: 255, amount: 5n };
    expect(hex(getMintToInstructionDataEncoder().encode(args))).toBe('03ff0500000000000000');
    expect(hex(getBurnInstructionDataEncoder().encode(args))).toBe('04ff0500000000000000');
    expect(hex(getTransferInstructionDataEncoder().encode(args))).toBe('05ff0500000000000000');
  });

  it('clock_event: u8 6, u64 tag', () => {
    expect(hex(getClockEventInstructionDataEncoder().encode({ tag: 42 }))).toBe('062a00000000000000');
  });

  it('mul_div: u8 7, u8 mode, u128 a at 2, b at 18, c at 34 (50 bytes)', () => {
    const data = getMulDivInstructionDataEncoder().encode({ mode: MulDivMode.U128Ceil, a: 1n, b: 2n ** 64n, c: 2n ** 128n - 1n });
    expect(data.length).toBe(50);
    expect(data[0]).toBe(7);
    expect(data[1]).toBe(3);
    expect(hex(data.slice(2, 18))).toBe(`01${'00'.repeat(15)}`);
    expect(hex(data.slice(18, 34))).toBe(`${'00'.repeat(8)}01${'00'.repeat(7)}`);
    expect(hex(data.slice(34, 50))).toBe('ff'.repeat(16));
  });

  it('close_vault: u8 9, u8 authority bump', () => {
    expect(hex(getCloseVaultInstructionDataEncoder().encode({ authorityBump: 250 }))).toBe('09fa');
  });

  it('fail: u8 8, u8 kind', () => {
    expect(hex(getFailInstructionDataEncoder().encode({ kind: FailKind.Panic }))).toBe('0801');
  });
});

describe('PROBE_ERRORS', () => {
  it('names codes 0..4 as in interface/error.rs', () => {
    expect(Object.fromEntries(Object.entries(PROBE_ERRORS).map(([code, e]) => [code, e.name]))).toEqual({
      0: 'DeliberateFailure',
      1: 'DivideByZero',
      2: 'MathOverflow',
      3: 'OperandTooLarge',
      4: 'InvalidMode',
    });
  });
});
