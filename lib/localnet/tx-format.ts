/**
 * A ledger record in the shapes of getTransaction (json, jsonParsed, base64,
 * base58) and getSignatureStatuses. jsonParsed instructions go through
 * instruction-parse.ts.
 */
import bs58 from 'bs58';
import type { TxRecord } from './history';
import { parseInstruction } from './instruction-parse';
import { RpcError, UNSUPPORTED_TRANSACTION_VERSION, invalidParams } from './rpc-error';
import { isStaticWritable, parseWireTransaction } from './wire';

export type TxEncoding = 'json' | 'jsonParsed' | 'base64' | 'base58';

/** Everything lands in one local block, which is final at once: there are no forks to wait out. */
export function signatureStatus(r: TxRecord) {
  return { slot: r.slot, confirmations: null, err: r.err, status: r.err ? { Err: r.err } : { Ok: null }, confirmationStatus: 'finalized' };
}

function meta(r: TxRecord, parsedKeys: string[] | null) {
  const innerInstructions = parsedKeys
    ? r.innerInstructions.map((g) => ({
        index: g.index,
        instructions: g.instructions.map((ix) =>
          parseInstruction({
            programId: parsedKeys[ix.programIdIndex]!,
            accounts: ix.accounts.map((i) => parsedKeys[i]!),
            data: bs58.decode(ix.data),
            stackHeight: ix.stackHeight,
          }),
        ),
      }))
    : r.innerInstructions;
  return {
    err: r.err,
    status: r.err ? { Err: r.err } : { Ok: null },
    fee: BigInt(r.fee),
    preBalances: r.preBalances.map(BigInt),
    postBalances: r.postBalances.map(BigInt),
    innerInstructions,
    logMessages: r.logMessages,
    preTokenBalances: r.preTokenBalances,
    postTokenBalances: r.postTokenBalances,
    rewards: [],
    loadedAddresses: r.loadedAddresses,
    computeUnitsConsumed: r.computeUnitsConsumed,
    ...(r.returnData ? { returnData: r.returnData } : {}),
  };
}

function jsonTransaction(r: TxRecord, parsed: boolean) {
  const tx = parseWireTransaction(Buffer.from(r.wire, 'base64'));
  const lookups = tx.lookups.map((l) => ({ accountKey: l.accountKey, writableIndexes: l.writableIndexes, readonlyIndexes: l.readonlyIndexes }));
  const message: Record<string, unknown> = { recentBlockhash: tx.recentBlockhash };
  if (parsed) {
    const staticCount = tx.staticKeys.length;
    const loadedWritable = r.loadedAddresses.writable.length;
    message.accountKeys = r.accountKeys.map((key, i) => ({
      pubkey: key,
      signer: i < tx.header.numRequiredSignatures,
      writable: i < staticCount ? isStaticWritable(tx, i) : i < staticCount + loadedWritable,
      source: i < staticCount ? 'transaction' : 'lookupTable',
    }));
    message.instructions = tx.instructions.map((ix) =>
      parseInstruction({ programId: r.accountKeys[ix.programIdIndex]!, accounts: ix.accounts.map((i) => r.accountKeys[i]!), data: ix.data, stackHeight: null }),
    );
  } else {
    message.accountKeys = tx.staticKeys;
    message.header = tx.header;
    message.instructions = tx.instructions.map((ix) => ({
      programIdIndex: ix.programIdIndex,
      accounts: ix.accounts,
      data: bs58.encode(ix.data),
      stackHeight: null,
    }));
  }
  if (tx.version === 0) message.addressTableLookups = lookups;
  return { signatures: tx.signatures, message };
}

export function formatTransaction(r: TxRecord, encoding: TxEncoding, maxSupportedTransactionVersion: number | undefined) {
  if (r.version === 0 && maxSupportedTransactionVersion === undefined) {
    throw new RpcError(
      UNSUPPORTED_TRANSACTION_VERSION,
      'Transaction version (0) is not supported by the requesting client. Please try the request again with the following configuration parameter: "maxSupportedTransactionVersion": 0',
    );
  }
  let transaction: unknown;
  if (encoding === 'base64') transaction = [r.wire, 'base64'];
  else if (encoding === 'base58') transaction = [bs58.encode(Buffer.from(r.wire, 'base64')), 'base58'];
  else if (encoding === 'json' || encoding === 'jsonParsed') transaction = jsonTransaction(r, encoding === 'jsonParsed');
  else throw invalidParams(`Invalid param: unsupported encoding ${String(encoding)}`);
  return {
    slot: r.slot,
    blockTime: r.blockTime,
    transaction,
    meta: meta(r, encoding === 'jsonParsed' ? r.accountKeys : null),
    ...(maxSupportedTransactionVersion !== undefined ? { version: r.version } : {}),
  };
}
