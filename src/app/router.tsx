import { createBrowserRouter } from 'react-router';
import { ProblemListPage } from '../features/problem-bank/problem-list-page';
import { AppShell } from './app-shell';
import { NotFoundPage } from './not-found-page';

/** The route table: problem bank, one page per problem, and a not-found page for the rest. */
export const routes = [
  {
    element: <AppShell />,
    children: [
      { index: true, element: <ProblemListPage /> },
      // The problem page (Markdown, results, editor host) is its own chunk: the list loads without it.
      { path: 'problems/:slug', lazy: async () => ({ Component: (await import('./problem-route')).ProblemRoute }) },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export const router = createBrowserRouter(routes);
