import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { routes } from './routes';

/**
 * The problem list (`/`) as HTML, rendered at build time into index.html so that the list is on
 * screen before the app's script has arrived; the app then hydrates it (main.tsx). Rendered with
 * the same route table and the store's initial state the browser starts from (settings and
 * statuses arrive after hydration), so the markup is what the browser's first render produces.
 * Returns the markup of the root's children, without the page's <title>.
 */
export async function renderProblemListHtml(): Promise<string> {
  const handler = createStaticHandler(routes);
  const context = await handler.query(new Request('http://localhost/'));
  if (context instanceof Response) throw new Error(`"/" answered ${context.status}, not a page`);
  const router = createStaticRouter(handler.dataRoutes, context);
  const html = renderToString(
    <StrictMode>
      <StaticRouterProvider router={router} context={context} hydrate={false} />
    </StrictMode>,
  );
  // React writes the page's <title> first; the browser's render puts it into <head> itself, and
  // index.html's own title stays for the pages that set none.
  return html.replace(/^<title>[^<]*<\/title>/, '');
}
