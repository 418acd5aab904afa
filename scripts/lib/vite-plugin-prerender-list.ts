import { createServer, type Plugin } from 'vite';
import { OWN_SETTINGS_KEY } from '../../src/app/own-settings-key';
import { problemsPlugin } from './vite-plugin-problems';

/** The module that renders the list; loaded through Vite so it sees the same code and problems. */
const RENDER_MODULE = '/src/app/render-problem-list.tsx';
const EMPTY_ROOT = '<div id="root"></div>';

/**
 * Runs during parsing, before the app's (deferred) module script: index.html answers every
 * address (the host's and the service worker's fallback), and the list it holds is the page only
 * at `/` without filters, for a user on the default settings (it was rendered with them).
 * Otherwise the root is emptied before the first paint and the app renders from scratch.
 */
export const CLEAR_ELSEWHERE = `<script>(function(){var own;try{own=localStorage.getItem(${JSON.stringify(OWN_SETTINGS_KEY)})}catch(e){}if(location.pathname!=='/'||location.search||own)document.getElementById('root').replaceChildren()})()</script>`;

/** index.html with the list's markup in its root (and the script that clears it elsewhere). */
export function withPrerenderedList(html: string, listHtml: string): string {
  if (!html.includes(EMPTY_ROOT)) throw new Error(`index.html has no empty ${EMPTY_ROOT}`);
  return html.replace(EMPTY_ROOT, `<div id="root">${listHtml}</div>${CLEAR_ELSEWHERE}`);
}

/** Renders `/` with the app's own modules, loaded by a throwaway Vite server in SSR mode. */
export async function renderListHtml(root: string): Promise<string> {
  const server = await createServer({
    configFile: false,
    root,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
    plugins: [problemsPlugin()],
  });
  try {
    const mod = (await server.ssrLoadModule(RENDER_MODULE)) as {
      renderProblemListHtml: () => Promise<string>;
    };
    return await mod.renderProblemListHtml();
  } finally {
    await server.close();
  }
}

/**
 * Build only: the problem list (`/`) is rendered into index.html, so a visitor sees it before
 * the app's script has downloaded and run; main.tsx hydrates it. Before the service worker's
 * precache list is made, so the cached index.html is this one.
 */
export function prerenderListPlugin(): Plugin {
  let root = process.cwd();
  return {
    name: 'mockround-prerender-list',
    apply: (config, env) => env.command === 'build' && !config.build?.ssr,
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml: {
      order: 'post',
      handler: async (html) => withPrerenderedList(html, await renderListHtml(root)),
    },
  };
}
