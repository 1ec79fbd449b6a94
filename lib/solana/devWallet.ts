import { WalletReadyState } from '@solana/wallet-adapter-base';
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
  /**
   * The stock adapter says Loadable, which the wallet modal tucks under "More
   * options" behind "You'll need a wallet"; the dev wallet is always at hand.
   */
  override get readyState(): WalletReadyState {
    return WalletReadyState.Installed;
  }

  override async connect(): Promise<void> {
    const keypair = loadOrCreateKeypair();
    (this as unknown as BurnerInternals)._keypair = keypair;
    this.emit('connect', keypair.publicKey);
  }
}
