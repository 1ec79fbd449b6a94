/**
 * The keeper: calls the staking program's permissionless `crank_compound` and
 * `refresh` so auto-compound works and ended locks / lapsed boosters stop
 * earning at their old weight. See README.md.
 */
export { packBatches, transactionSize } from './batch';
export { fetchPoolSnapshot, type PoolSnapshot } from './fetch';
export { startKeeper, type KeeperHandle, type KeeperLoopOptions } from './loop';
export { DEFAULT_MIN_COMPOUND, runKeeperPass, type KeeperError, type KeeperOptions, type KeeperSummary } from './pass';
export { selectWork, type KeeperTarget, type PositionEntry, type SelectOptions, type Work } from './select';
export { sendKeeperTransaction, type SendResult } from './send';
export { isLocalRpc, keelToBaseUnits, parseKeeperEnv, type KeeperConfig } from './config';
export { localKeeperPayer, readKeypairFile } from './payer';
export { startDevKeeper } from './dev';
