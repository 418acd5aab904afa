import { createBrowserRouter } from 'react-router';
import { routes } from './routes';

/**
 * The app's router: the route table on the browser's address bar and history. Made when the
 * app starts rather than as its module loads, so that the first call into react-router (tens of
 * milliseconds of compiling on a phone) is a task of its own (see start-app.ts).
 */
export const createAppRouter = () => createBrowserRouter(routes);

export type AppRouter = ReturnType<typeof createAppRouter>;
