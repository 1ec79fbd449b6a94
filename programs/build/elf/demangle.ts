/**
 * Best-effort Rust symbol demangling for error messages only: turns
 * `_RNvCs1a2b_8bigstack4fill` (v0) or `_ZN8bigstack4fill17h0123456789abcdefE`
 * (legacy) into `bigstack::fill`. Generic arguments and impl paths come out
 * partial; anything unrecognised is returned unchanged. Never used for output
 * bytes, so a wrong guess can only make a message less pretty.
 */
export function demangle(symbol: string): string {
  // LLVM appends suffixes such as `.0` or `.llvm.1234` to local copies.
  const base = symbol.split('.')[0]!;
  if (base.startsWith('_ZN')) return demangleLegacy(base) ?? symbol;
  if (base.startsWith('_R')) return demangleV0(base) ?? symbol;
  return symbol;
}

function demangleLegacy(symbol: string): string | undefined {
  const parts: string[] = [];
  let i = 3;
  while (i < symbol.length && symbol[i] !== 'E') {
    const m = /^\d+/.exec(symbol.slice(i));
    if (!m) return undefined;
    const len = Number(m[0]);
    i += m[0].length;
    parts.push(symbol.slice(i, i + len));
    i += len;
  }
  // The last part of a legacy path is the hash `h<16 hex>`.
  if (parts.length > 1 && /^h[0-9a-f]{16}$/.test(parts[parts.length - 1]!)) parts.pop();
  return parts.length ? parts.map((p) => p.replace(/\$LT\$/g, '<').replace(/\$GT\$/g, '>').replace(/\$u20\$/g, ' ')).join('::') : undefined;
}

function demangleV0(symbol: string): string | undefined {
  const parts: string[] = [];
  let i = 2;
  while (i < symbol.length) {
    const c = symbol[i]!;
    if (c === 'C' || c === 'N') {
      // `N` carries a namespace letter; both may be followed by a disambiguator `s<base62>_`.
      i += c === 'N' ? 2 : 1;
      if (symbol[i] === 's') {
        const end = symbol.indexOf('_', i);
        if (end < 0) return undefined;
        i = end + 1;
      }
      continue;
    }
    if (/\d/.test(c)) {
      const m = /^\d+/.exec(symbol.slice(i))!;
      const len = Number(m[0]);
      i += m[0].length;
      if (symbol[i] === '_') i++; // separator when the identifier starts with a digit or `_`
      parts.push(symbol.slice(i, i + len));
      i += len;
      continue;
    }
    i++;
  }
  return parts.length ? parts.join('::') : undefined;
}
