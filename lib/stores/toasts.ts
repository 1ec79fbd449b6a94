import { create } from 'zustand';

export type ToastStatus = 'pending' | 'confirmed' | 'failed' | 'info';

export interface Toast {
  id: number;
  title: string;
  status: ToastStatus;
  /** Current step while pending ("Simulating…"), or the result sentence. */
  description?: string;
  explorerUrl?: string;
  /** KeelError code on failure. */
  code?: string;
  logs?: string[];
}

interface ToastState {
  toasts: Toast[];
  push: (toast: Omit<Toast, 'id'>) => number;
  update: (id: number, patch: Partial<Omit<Toast, 'id'>>) => void;
  dismiss: (id: number) => void;
}

let nextId = 1;
/** Oldest toasts beyond this are dropped, so a burst never covers the page. */
const MAX_TOASTS = 4;

/** Transaction progress and notices; UI state only (style.md §17). */
export const useToastStore = create<ToastState>()((set) => ({
  toasts: [],
  push: (toast) => {
    const id = nextId++;
    set((s) => ({ toasts: [...s.toasts, { ...toast, id }].slice(-MAX_TOASTS) }));
    return id;
  },
  update: (id, patch) => set((s) => ({ toasts: s.toasts.map((t) => (t.id === id ? { ...t, ...patch } : t)) })),
  dismiss: (id) => set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) })),
}));
