import { RouterProvider } from 'react-router';
import { router } from './router';
import '../styles/theme.css';
import '../styles/base.css';
import '../styles/app-shell.css';
import '../styles/problem-bank.css';
import '../styles/problem-page.css';
import '../styles/results.css';

/** The whole app: global styles and the router. */
export function App() {
  return <RouterProvider router={router} />;
}
