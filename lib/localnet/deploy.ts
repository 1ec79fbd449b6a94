/**
 * Loads every `programs/deploy/<name>.so` at the id of
 * `programs/keys/<name>-keypair.json` (a solana-keygen file: 64 numbers, the
 * secret seed then the public key). Runs on every start, fresh or restored, so
 * a rebuilt program replaces the old one while accounts stay as they were.
 * A Codama IDL beside the `.so` (`<name>.idl.json`) is registered for the
 * jsonParsed encoding (idl-parse.ts). Missing or unloadable files are
 * reported, never fatal: the programs are built by another step and may not
 * exist yet.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { readKeypairFile } from '@/lib/solana/keypair-file';
import { address } from '@solana/kit';
import type { LiteSVM } from 'litesvm';
import { registerIdlFile } from './idl-parse';

export interface DeployedProgram {
  name: string;
  programId: string;
  file: string;
}

export interface DeployResult {
  deployed: DeployedProgram[];
  problems: string[];
}

export function programIdFromKeypairFile(file: string): string {
  return readKeypairFile(file).publicKey.toBase58();
}

export function deployPrograms(svm: LiteSVM, deployDir: string, keysDir: string): DeployResult {
  const result: DeployResult = { deployed: [], problems: [] };
  if (!existsSync(deployDir)) return result;
  for (const entry of readdirSync(deployDir).filter((f) => f.endsWith('.so')).sort()) {
    const name = entry.slice(0, -'.so'.length);
    const file = path.join(deployDir, entry);
    const keyFile = path.join(keysDir, `${name}-keypair.json`);
    try {
      if (!existsSync(keyFile)) throw new Error(`no keypair ${keyFile}`);
      const programId = programIdFromKeypairFile(keyFile);
      svm.addProgramFromFile(address(programId), file);
      const idlFile = path.join(deployDir, `${name}.idl.json`);
      if (existsSync(idlFile)) registerIdlFile(programId, idlFile);
      result.deployed.push({ name, programId, file });
    } catch (e) {
      result.problems.push(`${entry}: ${(e as Error).message}`);
    }
  }
  return result;
}
