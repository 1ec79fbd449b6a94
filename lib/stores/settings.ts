import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { defaultClusterSetting, rpcUrlSchema, type ClusterId, type ClusterSetting } from '@/lib/config/cluster';

/**
 * UI settings the user chooses, kept in localStorage. The store starts from
 * the environment's default and is rehydrated on the client after the first
 * render (`skipHydration`), so the server and the first client render agree.
 */
export interface SettingsState {
  cluster: ClusterSetting;
  hydrated: boolean;
  /** Localnet dev panel expanded. */
  devPanelOpen: boolean;
  setDevPanelOpen: (open: boolean) => void;
  selectCluster: (id: Exclude<ClusterId, 'custom'>) => void;
  /** Validates with zod; returns the error message, or null when saved. */
  setCustomRpc: (url: string) => string | null;
}

export const useSettingsStore = create<SettingsState>()(
  persist(
    (set) => ({
      cluster: defaultClusterSetting(),
      hydrated: false,
      devPanelOpen: true,
      setDevPanelOpen: (devPanelOpen) => set({ devPanelOpen }),
      selectCluster: (id) => set((s) => ({ cluster: { id, customRpcUrl: s.cluster.customRpcUrl } })),
      setCustomRpc: (url) => {
        const parsed = rpcUrlSchema.safeParse(url);
        if (!parsed.success) return parsed.error.issues[0]?.message ?? 'Invalid URL';
        set({ cluster: { id: 'custom', customRpcUrl: parsed.data } });
        return null;
      },
    }),
    {
      name: 'keel.settings',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: (s) => ({ cluster: s.cluster, devPanelOpen: s.devPanelOpen }),
      skipHydration: true,
      onRehydrateStorage: () => () => useSettingsStore.setState({ hydrated: true }),
    },
  ),
);
