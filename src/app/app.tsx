import { RouterProvider } from 'react-router';
import type { AppRouter } from './router';

/** The whole app: the router (the global styles come with the entry: global-styles.ts). */
export function App({ router }: { router: AppRouter }) {
  return <RouterProvider router={router} />;
}
