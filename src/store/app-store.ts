import { create } from 'zustand';
import { createJSONStorage, persist, type PersistStorage } from 'zustand/middleware';
import { createBufferedStorage, idbKeyValueStore, type KeyValueStore } from './buffered-storage';
import type { AppState } from './app-state';
import { isDefaultSettings } from '../domain/settings/settings.schema';
import { createAssessmentSlice } from './assessment-slice';
import { createCodeSlice } from './code-slice';
import {
  checkPersistedRecord,
  migratePersisted,
  parsePersistedState,
  PERSISTED_VERSION,
  StoredStateError,
  type PersistedState,
} from './persisted-state.schema';
import { QUARANTINE_KEY, quarantine } from './quarantine';
import { createRoundSlice } from './round-slice';
import { createRunSlice } from './run-slice';
import { createSettingsSlice } from './settings-slice';
import { createStorageSlice } from './storage-slice';

/** The IndexedDB key of the saved state. */
export const STORAGE_KEY = 'mockround-state';

export interface AppStoreOptions {
  /** Where to save (default: IndexedDB through idb-keyval). */
  kv?: KeyValueStore;
  /** Longest wait before a change is written. */
  writeDelayMs?: number;
}

const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/** Builds the app's store; the app uses the one `useAppStore`, tests build their own. */
export function createAppStore(options: AppStoreOptions = {}) {
  const kv = options.kv ?? idbKeyValueStore();
  const report = (problem: string): void => {
    if (useStore.getState().storageProblem !== problem)
      useStore.setState({ storageProblem: problem });
  };
  const buffered = createBufferedStorage(kv, {
    delayMs: options.writeDelayMs ?? 300,
    onWriteError: (error) =>
      report(`Your latest changes could not be saved (${messageOf(error)}).`),
  });
  const json = createJSONStorage<PersistedState>(() => buffered) as PersistStorage<PersistedState>;
  // Check the record's shape before persist reads its version: persist treats a
  // record without a numeric version as "nothing saved" and would overwrite it.
  const storage: PersistStorage<PersistedState> = {
    ...json,
    getItem: async (name) => {
      const record = await json.getItem(name);
      if (record !== null) checkPersistedRecord(record);
      return record;
    },
  };

  /** Unreadable data is copied aside before anything may overwrite it. */
  const recover = async (error: unknown): Promise<void> => {
    let problem: string;
    if (error instanceof StoredStateError || error instanceof SyntaxError) {
      try {
        await quarantine(kv, STORAGE_KEY, messageOf(error));
        buffered.open();
        problem = `Your saved code could not be read (${messageOf(error)}). A copy was kept in this browser's IndexedDB under "${QUARANTINE_KEY}", and MockRound started with empty drafts.`;
      } catch (quarantineError) {
        problem = `Your saved code could not be read (${messageOf(error)}) nor set aside (${messageOf(quarantineError)}). To keep it, nothing will be saved during this visit.`;
      }
    } else {
      problem = `This browser's storage is not available (${messageOf(error)}), so your code will not be kept between visits.`;
    }
    useStore.setState({ hydrated: true, storageProblem: problem });
  };

  const useStore = create<AppState>()(
    persist(
      (...a) => ({
        ...createCodeSlice(...a),
        ...createRunSlice(...a),
        ...createStorageSlice(...a),
        ...createRoundSlice(...a),
        ...createAssessmentSlice(...a),
        ...createSettingsSlice(...a),
      }),
      {
        name: STORAGE_KEY,
        version: PERSISTED_VERSION,
        storage,
        partialize: (state): PersistedState => ({
          drafts: state.drafts,
          languages: state.languages,
          activeRound: state.activeRound,
          // Left out when there is none, so the record reads exactly as format 2 did before.
          ...(state.activeAssessment ? { activeAssessment: state.activeAssessment } : {}),
          // Likewise left out until the user changes a setting.
          ...(isDefaultSettings(state.settings) ? {} : { settings: state.settings }),
        }),
        migrate: migratePersisted,
        merge: (persisted, current) =>
          persisted === undefined ? current : { ...current, ...parsePersistedState(persisted) },
        onRehydrateStorage: () => (_state, error) => {
          if (error !== undefined) {
            void recover(error);
            return;
          }
          buffered.open();
          useStore.setState({ hydrated: true });
        },
      },
    ),
  );
  return Object.assign(useStore, {
    /** Writes pending changes now (tests; the app relies on the timer and pagehide). */
    flushStorage: () => buffered.flush(),
    /** Removes the page listeners (tests). */
    disposeStorage: () => buffered.dispose(),
  });
}

/** The app's one store: code drafts and languages (saved in IndexedDB), run reports, storage status. */
export const useAppStore = createAppStore();
