import type { SliceCreator } from './app-state';

/** How saving between visits is going (not persisted). */
export interface StorageSlice {
  /** True once the saved state was read back, or found unreadable or unavailable. */
  hydrated: boolean;
  /** A readable message when saved data could not be read or saved; null when all is well. */
  storageProblem: string | null;
  dismissStorageProblem(): void;
  /** Shows a message about data that could not be saved or read (e.g. a practice Submit). */
  reportStorageProblem(message: string): void;
}

export const createStorageSlice: SliceCreator<StorageSlice> = (set) => ({
  hydrated: false,
  storageProblem: null,
  dismissStorageProblem: () => set({ storageProblem: null }),
  reportStorageProblem: (message) => set({ storageProblem: message }),
});
