import { useMemo } from 'react';
import { resolveCluster, type ClusterConfig } from '@/lib/config/cluster';
import { useSettingsStore } from '@/lib/stores/settings';

/** The active cluster's full config, from the persisted setting. */
export function useCluster(): ClusterConfig {
  const setting = useSettingsStore((s) => s.cluster);
  return useMemo(() => resolveCluster(setting), [setting]);
}
