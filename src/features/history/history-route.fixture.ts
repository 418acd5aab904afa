// Test data for the History tests: the /history route as src/app/routes.tsx declares it.
import { HistoryFallback, HistoryPage } from './history-page';
import { historyLoader, historyShouldRevalidate } from './use-saved-rounds';

export const historyRoute = {
  path: '/history',
  Component: HistoryPage,
  HydrateFallback: HistoryFallback,
  loader: historyLoader,
  shouldRevalidate: historyShouldRevalidate,
};
