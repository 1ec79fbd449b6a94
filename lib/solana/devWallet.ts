import { Keypair } from '@solana/web3.js';
import { UnsafeBurnerWalletAdapter } from '@solana/wallet-adapter-unsafe-burner';

/** localStorage key of the dev wallet's secret key (a 64-number JSON array, like a CLI keypair file). */
export const DEV_WALLET_STORAGE_KEY = 'keel.devWallet.secretKey';

function loadOrCreateKeypair(): Keypair {
  const stored = globalThis.localStorage?.getItem(DEV_WALLET_STORAGE_KEY);
  if (stored) {
    try {
      return Keypair.fromSecretKey(Uint8Array.from(JSON.parse(stored) as number[]));
    } catch {
      // A corrupt entry is replaced below; it only ever held localnet play money.
    }
  }
  const keypair = Keypair.generate();
  globalThis.localStorage?.setItem(DEV_WALLET_STORAGE_KEY, JSON.stringify(Array.from(keypair.secretKey)));
  return keypair;
}

/** What UnsafeBurnerWalletAdapter keeps privately (wallet-adapter-unsafe-burner 0.1.x). */
interface BurnerInternals {
  _keypair: Keypair | null;
}

/**
 * wallet-adapter's UnsafeBurnerWalletAdapter, offered on localnet only. The
 * stock adapter makes a new keypair on every connect, so a reload would strand
 * the airdropped SOL and any stake; this one keeps the key in localStorage
 * ("keys in this browser") and reuses it. Signing is the stock adapter's.
 */
export class KeelDevWalletAdapter extends UnsafeBurnerWalletAdapter {
  override async connect(): Promise<void> {
    const keypair = loadOrCreateKeypair();
    (this as unknown as BurnerInternals)._keypair = keypair;
    this.emit('connect', keypair.publicKey);
  }
}
