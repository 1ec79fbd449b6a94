/**
 * Keel's own programs' error tables, registered under every id the program has
 * in this build (localnet keypair id and the NEXT_PUBLIC_KEEL_<PROGRAM>_ID one).
 * A new program adds one `registerProgramErrors` line here.
 */
export {};
