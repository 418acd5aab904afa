import { createBrowserRouter } from 'react-router';
import { ProblemListPage } from '../features/problem-bank/problem-list-page';
import { AppShell } from './app-shell';
import { NotFoundPage } from './not-found-page';
import { ProblemRoute } from './problem-route';

/** The route table: problem bank, one page per problem, and a not-found page for the rest. */
export const routes = [
  {
    element: <AppShell />,
    children: [
      { index: true, element: <ProblemListPage /> },
      { path: 'problems/:slug', element: <ProblemRoute /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export const router = createBrowserRouter(routes);
