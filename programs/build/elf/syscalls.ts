/**
 * Syscall names the Solana runtime registers for SBPFv0 programs (agave
 * `syscalls/mod.rs`, `create_program_runtime_environment_v1`). A call to an
 * undefined function is only legal if its name is here; anything else is a
 * typo in an `extern "C"` block or a compiler builtin (`memcpy`) that would be
 * rejected at deploy time, so the build stops now instead.
 */
export const KNOWN_SYSCALLS: readonly string[] = [
  'abort',
  'sol_alloc_free_',
  'sol_alt_bn128_compression',
  'sol_alt_bn128_group_op',
  'sol_big_mod_exp',
  'sol_blake3',
  'sol_create_program_address',
  'sol_curve_group_op',
  'sol_curve_multiscalar_mul',
  'sol_curve_validate_point',
  'sol_get_clock_sysvar',
  'sol_get_epoch_rewards_sysvar',
  'sol_get_epoch_schedule_sysvar',
  'sol_get_epoch_stake',
  'sol_get_fees_sysvar',
  'sol_get_last_restart_slot',
  'sol_get_processed_sibling_instruction',
  'sol_get_rent_sysvar',
  'sol_get_return_data',
  'sol_get_stack_height',
  'sol_get_sysvar',
  'sol_invoke_signed_c',
  'sol_invoke_signed_rust',
  'sol_keccak256',
  'sol_log_',
  'sol_log_64_',
  'sol_log_compute_units_',
  'sol_log_data',
  'sol_log_pubkey',
  'sol_memcmp_',
  'sol_memcpy_',
  'sol_memmove_',
  'sol_memset_',
  'sol_panic_',
  'sol_poseidon',
  'sol_remaining_compute_units',
  'sol_secp256k1_recover',
  'sol_set_return_data',
  'sol_sha256',
  'sol_try_find_program_address',
];

const KNOWN = new Set(KNOWN_SYSCALLS);

export function isKnownSyscall(name: string): boolean {
  return KNOWN.has(name);
}

/** A hint for names that are not syscalls but are commonly called by accident. */
export function syscallHint(name: string): string {
  const builtin: Record<string, string> = {
    memcpy: 'sol_memcpy_',
    memmove: 'sol_memmove_',
    memset: 'sol_memset_',
    memcmp: 'sol_memcmp_',
    bcmp: 'sol_memcmp_',
  };
  const replacement = builtin[name];
  if (replacement) return `the compiler emitted a call to \`${name}\`; copy with the \`${replacement}\` syscall instead`;
  return 'check the name in the `extern "C"` block (a typo, or a function that is declared but never defined)';
}
