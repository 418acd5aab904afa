import { loadProblemPage } from '../content/problem-bank';
import { ProblemListPage } from '../features/problem-bank/problem-list-page';
import { AppShell } from './app-shell';
import { NotFoundPage } from './not-found-page';

/** The route table: problem bank, one page per problem, the active round, past rounds, and not found. */
export const routes = [
  {
    element: <AppShell />,
    children: [
      { index: true, element: <ProblemListPage /> },
      // The problem page (Markdown, results, editor host) is its own chunk: the list loads without it.
      {
        path: 'problems/:slug',
        // The problem's own chunk starts downloading beside the page's code, not after it
        // (the page asks the same cached promise when it renders).
        loader: ({ params }: { params: { slug?: string } }) => {
          void loadProblemPage(params.slug ?? '');
          return null;
        },
        lazy: async () => ({ Component: (await import('./problem-route')).ProblemRoute }),
      },
      // Rounds are their own chunks too: the list page never loads them.
      {
        path: 'round',
        lazy: async () => ({ Component: (await import('./round-route')).RoundRoute }),
      },
      // Pair practice: the interviewer's window for a round (opened by the candidate's page).
      {
        path: 'interviewer/:roundId',
        lazy: async () => ({ Component: (await import('./interviewer-route')).InterviewerRoute }),
      },
      // Pair practice across machines: the partner's link (the room key stays in the fragment).
      {
        path: 'pair',
        lazy: async () => ({ Component: (await import('./pair-join-route')).PairJoinRoute }),
      },
      {
        path: 'pair/:roomId',
        lazy: async () => ({ Component: (await import('./pair-route')).PairRoute }),
      },
      {
        path: 'rounds',
        lazy: async () => ({ Component: (await import('./rounds-route')).RoundsRoute }),
      },
      // History and Progress are their own chunks (the charts never load with the list).
      {
        path: 'history',
        lazy: async () => {
          const [page, data] = await Promise.all([
            import('../features/history/history-page'),
            import('../features/history/use-saved-rounds'),
          ]);
          return {
            Component: page.HistoryPage,
            HydrateFallback: page.HistoryFallback,
            loader: data.historyLoader,
            shouldRevalidate: data.historyShouldRevalidate,
          };
        },
      },
      {
        path: 'history/assessments/:id',
        lazy: async () => ({
          Component: (await import('../features/history/saved-assessment-page'))
            .SavedAssessmentPage,
        }),
      },
      {
        path: 'history/:id',
        lazy: async () => ({
          Component: (await import('../features/history/round-history-page')).RoundHistoryPage,
        }),
      },
      {
        path: 'progress',
        lazy: async () => {
          const page = await import('../features/progress/progress-page');
          return {
            Component: page.ProgressPage,
            HydrateFallback: page.ProgressFallback,
            loader: page.progressLoader,
          };
        },
      },
      {
        path: 'calibration',
        lazy: async () => ({
          Component: (await import('../features/calibration/calibration-page')).CalibrationPage,
        }),
      },
      // The assessment pages are their own chunks as well.
      {
        path: 'assessment',
        lazy: async () => ({ Component: (await import('./assessment-route')).AssessmentRoute }),
      },
      {
        path: 'assessment/new',
        lazy: async () => ({
          Component: (await import('./assessment-new-route')).AssessmentNewRoute,
        }),
      },
      {
        path: 'settings',
        lazy: async () => ({
          Component: (await import('../features/settings/settings-page')).SettingsPage,
        }),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
