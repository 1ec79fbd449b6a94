/** The chain's unix time from the Clock sysvar, which every cluster serves (no hooks: usable anywhere). */
import { type Connection, SYSVAR_CLOCK_PUBKEY } from '@solana/web3.js';

/** Clock sysvar layout: slot u64, epoch_start_timestamp i64, epoch u64, leader_schedule_epoch u64, unix_timestamp i64. */
const UNIX_TIMESTAMP_OFFSET = 32;

export async function fetchChainUnixTime(connection: Connection): Promise<bigint> {
  const info = await connection.getAccountInfo(SYSVAR_CLOCK_PUBKEY, 'confirmed');
  if (!info || info.data.length < UNIX_TIMESTAMP_OFFSET + 8) throw new Error('The cluster did not return the Clock sysvar.');
  const data = info.data;
  return new DataView(data.buffer, data.byteOffset, data.byteLength).getBigInt64(UNIX_TIMESTAMP_OFFSET, true);
}
