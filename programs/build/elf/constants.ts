/**
 * ELF and BPF numbers the converter uses. Values from the ELF-64 gABI and
 * LLVM's `BPFELFObjectWriter`; the SBF address constants from the SBPFv0 loader.
 */

// File header
export const ELF_MAGIC = [0x7f, 0x45, 0x4c, 0x46] as const;
export const ELFCLASS64 = 2;
export const ELFDATA2LSB = 1;
export const EV_CURRENT = 1;
export const ET_REL = 1;
export const ET_DYN = 3;
export const EM_BPF = 247;

export const EHDR_SIZE = 64;
export const PHDR_SIZE = 56;
export const SHDR_SIZE = 64;
export const SYM_SIZE = 24;
export const REL_SIZE = 16;
export const DYN_SIZE = 16;

// Section types
export const SHT_NULL = 0;
export const SHT_PROGBITS = 1;
export const SHT_SYMTAB = 2;
export const SHT_STRTAB = 3;
export const SHT_RELA = 4;
export const SHT_DYNAMIC = 6;
export const SHT_NOBITS = 8;
export const SHT_REL = 9;
export const SHT_DYNSYM = 11;

// Section flags
export const SHF_WRITE = 0x1;
export const SHF_ALLOC = 0x2;
export const SHF_EXECINSTR = 0x4;

// Special section indices
export const SHN_UNDEF = 0;
export const SHN_LORESERVE = 0xff00;

// Symbols
export const STB_LOCAL = 0;
export const STB_GLOBAL = 1;
export const STT_NOTYPE = 0;
export const STT_FUNC = 2;
export const STT_SECTION = 3;

// Program headers
export const PT_LOAD = 1;
export const PT_DYNAMIC = 2;
export const PF_X = 0x1;
export const PF_R = 0x4;

// Dynamic tags
export const DT_NULL = 0;
export const DT_STRTAB = 5;
export const DT_SYMTAB = 6;
export const DT_STRSZ = 10;
export const DT_SYMENT = 11;
export const DT_REL = 17;
export const DT_RELSZ = 18;
export const DT_RELENT = 19;

// BPF relocation types (LLVM `ELFRelocs/BPF.def`)
export const R_BPF_NONE = 0;
export const R_BPF_64_64 = 1;
export const R_BPF_64_ABS64 = 2;
export const R_BPF_64_ABS32 = 3;
export const R_BPF_64_NODYLD32 = 4;
export const R_BPF_64_32 = 10;

export const RELOCATION_NAMES: Record<number, string> = {
  [R_BPF_NONE]: 'R_BPF_NONE',
  [R_BPF_64_64]: 'R_BPF_64_64',
  [R_BPF_64_ABS64]: 'R_BPF_64_ABS64',
  [R_BPF_64_ABS32]: 'R_BPF_64_ABS32',
  [R_BPF_64_NODYLD32]: 'R_BPF_64_NODYLD32',
  [R_BPF_64_32]: 'R_BPF_64_32',
};

export function relocationName(type: number): string {
  return RELOCATION_NAMES[type] ?? `type ${type}`;
}

// BPF instructions: 8 bytes, `lddw` takes two slots.
export const INSN_SIZE = 8;
export const OP_LDDW = 0x18;
export const OP_CALL_IMM = 0x85;
export const OP_CALL_REG = 0x8d;
export const OP_EXIT = 0x95;
/** Instruction class bits (low 3 bits of the opcode); class 6 is JMP32, absent from SBPFv0. */
export const CLASS_MASK = 0x07;
export const CLASS_JMP32 = 0x06;

/** Read-only data and text are mapped at this address plus their file offset. */
export const MM_PROGRAM_START = 0x1_0000_0000n;

/** The loader reads section names through a 16-byte window that must hold the NUL. */
export const MAX_SECTION_NAME = 15;
/** Dynamic symbol names: 64-byte window, NUL included. */
export const MAX_DYNSYM_NAME = 63;
