/**
 * Every way the converter refuses an object. Each error says what is wrong in
 * program terms and what to do, because the person reading it wrote Rust, not ELF.
 */
export type ConvertErrorCode =
  | 'bad-object' // not a little-endian ELF64 BPF relocatable object
  | 'unsupported-section' // an allocated section the SBF loader cannot map
  | 'writable-data' // `static mut`, `.data`, `.bss`: SBF programs have no writable globals
  | 'unsupported-relocation' // a relocation type the loader cannot honour
  | 'undefined-symbol' // data or an address load refers to a symbol nobody defines
  | 'unknown-syscall' // a call to an undefined function that is not a Solana syscall
  | 'bad-instruction' // an instruction SBPFv0 rejects (JMP32 from cpu v3, ...)
  | 'no-entrypoint' // no `entrypoint` function
  | 'hash-collision'; // a function key collides in the loader's murmur3 registry

export class ConvertError extends Error {
  readonly code: ConvertErrorCode;

  constructor(code: ConvertErrorCode, message: string) {
    super(message);
    this.name = 'ConvertError';
    this.code = code;
  }
}
