/**
 * Turns the compiler's messages into Keel build messages. The BPF backend
 * reports its limits as terse LLVM errors with a mangled function name
 * ("in function _RNv…4fill i64 (ptr): Looks like the BPF stack limit is
 * exceeded…"); these become one line naming the program, the function and the
 * fix. Everything else is rustc's own rendered diagnostic.
 */
import { demangle } from '../elf/demangle';
import { stripAnsi } from './exec';
import { STACK_FRAME_LIMIT } from './paths';

export interface CompilerMessage {
  level: string;
  message: string;
  rendered?: string | null;
}

const BUILTIN_HINTS: [RegExp, string][] = [
  [/^(memcpy|memmove)$/, 'copies of runtime length or of more than ~128 stores: use the `sol_memcpy_`/`sol_memmove_` syscalls (keel-sdk mem)'],
  [/^(memset|bzero)$/, 'large fills: use the `sol_memset_` syscall (keel-sdk mem), or `MaybeUninit` for buffers that are written before read'],
  [/^(memcmp|bcmp)$/, 'comparisons of runtime length: use the `sol_memcmp_` syscall (keel-sdk mem)'],
  [/^__(multi3|udivti3|umodti3|divti3|modti3)$/, 'u128/i128 multiply or divide: do 64×64→128 by 32-bit halves and shift-subtract division (keel-sdk math)'],
  [/^__(div|mod)di3$/, 'signed 64-bit division: divide unsigned values'],
  [/^__\w*(sf|df|tf)\w*$/, 'floating point: SBF programs cannot use floats; use fixed-point integers'],
];

function builtinHint(name: string): string {
  for (const [pattern, hint] of BUILTIN_HINTS) if (pattern.test(name)) return hint;
  return 'rewrite the code so the compiler does not need this library routine';
}

/** The function LLVM names in "in function <symbol> <signature>: …". */
function llvmFunction(message: string): string | undefined {
  const m = /in function (\S+)/.exec(message);
  return m ? demangle(m[1]!) : undefined;
}

/** A Keel message for a compiler error, or undefined to show rustc's own text. */
export function keelMessage(crate: string, msg: CompilerMessage): string | undefined {
  const text = msg.message;
  const fn = llvmFunction(text);
  const where = `\`${crate}\`${fn ? `, function \`${fn}\`` : ''}`;
  if (/BPF stack limit is exceeded/.test(text)) {
    return (
      `${where}: stack frame larger than ${STACK_FRAME_LIMIT} bytes, the SBF limit. ` +
      'Keep large buffers in account data, pass big structs by reference, or split the function.'
    );
  }
  const builtin = /A call to built-in function '([^']+)' is not supported/.exec(text);
  if (builtin) {
    const name = builtin[1]!;
    return `${where}: needs the compiler routine \`${name}\`, which SBF programs cannot call (${builtinHint(name)}).`;
  }
  if (/too many arguments/.test(text)) {
    return `${where}: more than 5 arguments; SBF passes at most 5 in registers. Pass a struct by reference.`;
  }
  if (/aggregate returns|only (small|integer) returns/i.test(text)) {
    return `${where}: returns a value the BPF backend cannot return in registers (${text.trim()}). Return it through a \`&mut\` out-parameter.`;
  }
  return undefined;
}

/** Text shown for one compiler error. */
export function renderError(crate: string, msg: CompilerMessage): string {
  return keelMessage(crate, msg) ?? stripAnsi(msg.rendered ?? msg.message).trimEnd();
}

/** rustc's closing line ("aborting due to 2 previous errors") repeats what was shown. */
export function isSummary(msg: CompilerMessage): boolean {
  return /^aborting due to|^could not compile/.test(msg.message);
}
