/**
 * Fixed locations of the program toolchain. The Rust toolchain is Debian's
 * (`rustc-web`, `cargo-web`, `rust-web-src`), called by absolute path: a rustup
 * toolchain earlier on PATH has no library sources to build `core` from.
 */
import path from 'node:path';

export const RUSTC = '/usr/bin/rustc';
export const CARGO = '/usr/bin/cargo';
export const RUST_SRC = '/usr/lib/rustlib/src/rust';

/** `programs/` */
export const PROGRAMS_DIR = path.resolve(__dirname, '../..');
export const TARGET_NAME = 'keel-sbf';
export const SPEC_PATH = path.join(PROGRAMS_DIR, 'target-spec', `${TARGET_NAME}.json`);
export const LINKER = path.join(PROGRAMS_DIR, 'build', 'link', 'keel-link');
export const CACHE_DIR = path.join(PROGRAMS_DIR, '.cache');
export const TARGET_DIR = path.join(PROGRAMS_DIR, 'target');
export const DEPLOY_DIR = path.join(PROGRAMS_DIR, 'deploy');
export const SUMS_FILE = 'SHA256SUMS';
/** Beside SHA256SUMS: the compiler the committed .so files were built with (toolchain/version.ts). */
export const TOOLCHAIN_FILE = 'TOOLCHAIN';
/** Fixture crates for the build's own tests: a separate workspace, never deployed. */
export const FIXTURES_DIR = path.join(PROGRAMS_DIR, 'build', 'fixtures');

/** SBF call frames are 4 KiB; LLVM refuses any function whose frame is larger. */
export const STACK_FRAME_LIMIT = 4096;
