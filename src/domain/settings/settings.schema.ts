import { z } from '../mini-zod';

/** Bounds of the editor font size (px): below 10 is unreadable, above 32 fits too little code. */
export const FONT_SIZE_MIN = 10;
export const FONT_SIZE_MAX = 32;
/** The indentation widths offered. */
export const TAB_SIZES = [2, 4, 8] as const;
export const THEMES = ['system', 'light', 'dark'] as const;

/** The user's preferences, kept in this browser with the drafts. */
export const settingsSchema = z.object({
  /** 'system' follows the operating system's light or dark setting. */
  theme: z.enum(THEMES),
  fontSize: z.int().check(z.gte(FONT_SIZE_MIN), z.lte(FONT_SIZE_MAX)),
  tabSize: z.union(TAB_SIZES.map((size) => z.literal(size))),
  wordWrap: z.boolean(),
  /** Vim keys in the editor (monaco-vim, loaded only when this is on). */
  vimMode: z.boolean(),
  /** Practise without the hint a difficulty or a pattern tag gives. */
  hideDifficultyAndTags: z.boolean(),
});
export type Settings = z.infer<typeof settingsSchema>;
export type Theme = Settings['theme'];

export const DEFAULT_SETTINGS: Settings = {
  theme: 'system',
  fontSize: 14,
  tabSize: 2,
  wordWrap: false,
  vimMode: false,
  hideDifficultyAndTags: false,
};

/** Whether nothing was changed from the defaults (then nothing needs saving). */
export function isDefaultSettings(settings: Settings): boolean {
  return (Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]).every(
    (key) => settings[key] === DEFAULT_SETTINGS[key],
  );
}
