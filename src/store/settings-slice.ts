import {
  DEFAULT_SETTINGS,
  settingsSchema,
  type Settings,
} from '../domain/settings/settings.schema';
import type { SliceCreator } from './app-state';

/** The user's preferences (persisted with the drafts). */
export interface SettingsSlice {
  settings: Settings;
  /**
   * Changes some settings. A value outside the schema (a font size of 100) is refused as a
   * whole and the reason returned; null when applied.
   */
  updateSettings(patch: Partial<Settings>): string | null;
  resetSettings(): void;
}

export const createSettingsSlice: SliceCreator<SettingsSlice> = (set, get) => ({
  settings: DEFAULT_SETTINGS,
  updateSettings: (patch) => {
    const result = settingsSchema.safeParse({ ...get().settings, ...patch });
    if (!result.success) {
      return result.error.issues
        .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
        .join('; ');
    }
    set({ settings: result.data });
    return null;
  },
  resetSettings: () => set({ settings: DEFAULT_SETTINGS }),
});
