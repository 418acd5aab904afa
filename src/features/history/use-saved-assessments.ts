import { useCallback, useEffect, useState } from 'react';
import type { Assessment } from '../../domain/assessment/assessment.schema';
import { assessmentRecords } from '../../store/assessment-records';

export type SavedAssessments =
  | { status: 'loading' }
  | { status: 'ready'; assessments: Assessment[]; problems: string[] }
  | { status: 'failed'; message: string };

/** The saved assessments, newest first, read again by `reload` (after an import). */
export function useSavedAssessments(): { saved: SavedAssessments; reload: () => void } {
  const [saved, setSaved] = useState<SavedAssessments>({ status: 'loading' });
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    // Through then(): opening IndexedDB throws at once where there is none.
    void Promise.resolve()
      .then(() => assessmentRecords().list())
      .then(
        ({ assessments, problems }) => live && setSaved({ status: 'ready', assessments, problems }),
        (error: unknown) =>
          live &&
          setSaved({
            status: 'failed',
            message: error instanceof Error ? error.message : String(error),
          }),
      );
    return () => {
      live = false;
    };
  }, [version]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { saved, reload };
}
