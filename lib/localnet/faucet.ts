/**
 * requestAirdrop: a System transfer from the chain's faucet keypair, sent as a
 * normal signed transaction so it has a real signature, status and ledger
 * entry (LiteSVM's own airdrop leaves no transaction to look up).
 */
import { AccountRole, address, createKeyPairSignerFromPrivateKeyBytes, type KeyPairSigner } from '@solana/kit';
import { SYSTEM_PROGRAM_ID, type LocalChain } from './chain';
import { sendInstructions } from './kit-send';

const LAMPORTS_PER_SOL = 1_000_000_000n;
/** Kept below 2^53 so web3.js (which reads balances as numbers) stays exact. */
const FAUCET_FLOAT = 1_000_000n * LAMPORTS_PER_SOL;
// System instruction 2 = Transfer { lamports: u64 }.
const SYSTEM_TRANSFER = 2;

const signers = new WeakMap<LocalChain, Promise<KeyPairSigner>>();

export function faucetSigner(chain: LocalChain): Promise<KeyPairSigner> {
  let s = signers.get(chain);
  if (!s) signers.set(chain, (s = createKeyPairSignerFromPrivateKeyBytes(chain.faucetSeed)));
  return s;
}

function transferInstruction(from: KeyPairSigner, to: string, lamports: bigint) {
  const data = new Uint8Array(12);
  const view = new DataView(data.buffer);
  view.setUint32(0, SYSTEM_TRANSFER, true);
  view.setBigUint64(4, lamports, true);
  return {
    programAddress: address(SYSTEM_PROGRAM_ID),
    accounts: [
      { address: from.address, role: AccountRole.WRITABLE_SIGNER, signer: from },
      { address: address(to), role: AccountRole.WRITABLE },
    ],
    data,
  };
}

export async function airdrop(chain: LocalChain, to: string, lamports: bigint): Promise<string> {
  const faucet = await faucetSigner(chain);
  // The faucet never runs dry on a dev chain: top it up instead of failing.
  const balance = chain.account(faucet.address)?.lamports ?? 0n;
  if (balance < lamports + LAMPORTS_PER_SOL) {
    chain.setAccount(faucet.address, { lamports: balance + lamports + FAUCET_FLOAT, data: new Uint8Array(), owner: SYSTEM_PROGRAM_ID, executable: false });
  }
  // The same amount to the same address within one blockhash would repeat a
  // signature (AlreadyProcessed); a fresh blockhash makes it a new transaction.
  chain.rotateBlockhash();
  return sendInstructions(chain, faucet, [transferInstruction(faucet, to, lamports)]);
}
