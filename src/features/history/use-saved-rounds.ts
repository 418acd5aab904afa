import { useCallback, useEffect, useState } from 'react';
import type { Round } from '../../domain/round/round.schema';
import { roundRecords } from '../../store/round-records';

export type SavedRounds =
  | { status: 'loading' }
  | { status: 'ready'; rounds: Round[]; problems: string[] }
  | { status: 'failed'; message: string };

/** Every saved round (newest first) from IndexedDB, with a reload for after an import. */
export function useSavedRounds(): { saved: SavedRounds; reload: () => void } {
  const [saved, setSaved] = useState<SavedRounds>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let live = true;
    roundRecords()
      .list()
      .then(
        ({ rounds, problems }) => live && setSaved({ status: 'ready', rounds, problems }),
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
  }, [generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { saved, reload };
}
