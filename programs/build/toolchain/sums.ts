/** SHA256SUMS in `sha256sum` format (`<hex>  <file>`), sorted by file name. */
import { createHash } from 'node:crypto';

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function sumsText(files: Map<string, Uint8Array>): string {
  return [...files.keys()]
    .sort()
    .map((name) => `${sha256(files.get(name)!)}  ${name}\n`)
    .join('');
}
