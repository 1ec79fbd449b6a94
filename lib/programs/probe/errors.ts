/**
 * Probe program errors, mirroring `programs/probe/src/interface/error.rs`
 * (append only: a code never changes meaning). The program returns them as
 * `Custom(code)`; `lib/errors` looks the code up here.
 */
export const PROBE_ERROR__DELIBERATE_FAILURE = 0;
export const PROBE_ERROR__DIVIDE_BY_ZERO = 1;
export const PROBE_ERROR__MATH_OVERFLOW = 2;
export const PROBE_ERROR__OPERAND_TOO_LARGE = 3;
export const PROBE_ERROR__INVALID_MODE = 4;

export type ProbeErrorCode =
  | typeof PROBE_ERROR__DELIBERATE_FAILURE
  | typeof PROBE_ERROR__DIVIDE_BY_ZERO
  | typeof PROBE_ERROR__MATH_OVERFLOW
  | typeof PROBE_ERROR__OPERAND_TOO_LARGE
  | typeof PROBE_ERROR__INVALID_MODE;

export const PROBE_ERRORS: Record<number, { name: string; message: string }> = {
  [PROBE_ERROR__DELIBERATE_FAILURE]: {
    name: 'DeliberateFailure',
    message: 'The probe failed on purpose (fail instruction).',
  },
  [PROBE_ERROR__DIVIDE_BY_ZERO]: { name: 'DivideByZero', message: 'The calculation divided by zero.' },
  [PROBE_ERROR__MATH_OVERFLOW]: { name: 'MathOverflow', message: 'The result is too large for the requested width.' },
  [PROBE_ERROR__OPERAND_TOO_LARGE]: {
    name: 'OperandTooLarge',
    message: 'A number is too large for 64-bit math.',
  },
  [PROBE_ERROR__INVALID_MODE]: { name: 'InvalidMode', message: 'The probe does not know this mode.' },
};

/** The entry for a `Custom(code)` returned by the probe, if it is one of its errors. */
export function getProbeError(code: number): { name: string; message: string } | undefined {
  return PROBE_ERRORS[code];
}
