import { useCallback } from 'react';
import { useLoaderData, useRevalidator, type ShouldRevalidateFunction } from 'react-router';
import { readSavedRounds, type SavedRounds } from '../../store/round-records';

/**
 * History's route loader: the summary of every saved round, newest first. A loader, not an
 * effect, so that the read starts as the route is entered instead of after the first paint.
 */
export const historyLoader = (): Promise<SavedRounds> => readSavedRounds();

/** A filter change only changes the query: the rounds already read still hold. */
export const historyShouldRevalidate: ShouldRevalidateFunction = ({
  currentUrl,
  nextUrl,
  defaultShouldRevalidate,
}) =>
  currentUrl.pathname === nextUrl.pathname && currentUrl.search !== nextUrl.search
    ? false
    : defaultShouldRevalidate;

/** The loaded rounds, with a reload for after an import. */
export function useSavedRounds(): { saved: SavedRounds; reload: () => void } {
  const saved = useLoaderData<typeof historyLoader>();
  const { revalidate } = useRevalidator();
  const reload = useCallback(() => void revalidate(), [revalidate]);
  return { saved, reload };
}
