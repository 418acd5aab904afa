import { createBrowserRouter } from 'react-router';
import { routes } from './routes';

/** The app's router: the route table on the browser's address bar and history. */
export const router = createBrowserRouter(routes);
