import { useShallow } from 'zustand/react/shallow';
import type { Settings } from '../domain/settings/settings.schema';
import type { Language } from '../runner/protocol';
import type { RunReport } from '../runner/run-report';
import { useAppStore } from './app-store';
import { draftKey } from './code-slice';

/** The user's code for this problem and language, or the starter when there is no draft. */
export function useDraft(slug: string, language: Language, starter: string): string {
  return useAppStore((state) => state.drafts[draftKey(slug, language)] ?? starter);
}

/**
 * The draft as it is now, read once without subscribing: for handlers (Run) that need the
 * latest code but must not re-render their component on every keystroke.
 */
export function readDraft(slug: string, language: Language, starter: string): string {
  const { drafts } = useAppStore.getState();
  const key = draftKey(slug, language);
  return Object.hasOwn(drafts, key) ? (drafts[key] ?? starter) : starter;
}

/** Whether the user changed the code away from the starter (a draft exists). */
export function useHasDraft(slug: string, language: Language): boolean {
  return useAppStore((state) => Object.hasOwn(state.drafts, draftKey(slug, language)));
}

/** The language chosen for this problem ('js' until the user picks one). */
export function useLanguage(slug: string): Language {
  return useAppStore((state) =>
    Object.hasOwn(state.languages, slug) ? (state.languages[slug] ?? 'js') : 'js',
  );
}

/** False until saved drafts were read back; editors should wait for it so they do not show the starter first. */
export function useHydrated(): boolean {
  return useAppStore((state) => state.hydrated);
}

/** A readable message when saving between visits does not work, or null. */
export function useStorageProblem(): { problem: string | null; dismiss: () => void } {
  return useAppStore(
    useShallow((state) => ({
      problem: state.storageProblem,
      dismiss: state.dismissStorageProblem,
    })),
  );
}

/** The latest report of this problem's last Run or Submit. */
export function useReport(slug: string): RunReport | undefined {
  return useAppStore((state) =>
    Object.hasOwn(state.reports, slug) ? state.reports[slug] : undefined,
  );
}

/** Whether this problem's tests are running now. */
export function useIsRunning(slug: string): boolean {
  return useAppStore((state) => state.runningSlug === slug);
}

/** The code actions (stable functions; components using them do not re-render on state changes). */
export function useCodeActions() {
  return useAppStore(
    useShallow((state) => ({
      setDraft: state.setDraft,
      resetDraft: state.resetDraft,
      setLanguage: state.setLanguage,
    })),
  );
}

/** The run actions, for the component that starts runs and shows their reports. */
export function useRunActions() {
  return useAppStore(
    useShallow((state) => ({
      setRunning: state.setRunning,
      setReport: state.setReport,
      finishRun: state.finishRun,
      reportStorageProblem: state.reportStorageProblem,
    })),
  );
}

/** The user's settings (theme, editor preferences, what to hide). */
export function useSettings(): Settings {
  return useAppStore((state) => state.settings);
}

/** The settings actions (stable functions). */
export function useSettingsActions() {
  return useAppStore(
    useShallow((state) => ({
      updateSettings: state.updateSettings,
      resetSettings: state.resetSettings,
    })),
  );
}

/** The report of a problem as it is now, read once without subscribing. */
export function readReport(slug: string): RunReport | undefined {
  const { reports } = useAppStore.getState();
  return Object.hasOwn(reports, slug) ? reports[slug] : undefined;
}
