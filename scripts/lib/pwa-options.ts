import type { VitePWAOptions } from 'vite-plugin-pwa';

/** Monaco's TypeScript worker is ~7 MB; every file the app may load must fit in the precache. */
const LARGEST_FILE = 12 * 1024 * 1024;

/**
 * The web app manifest and the service worker (vite-plugin-pwa, Workbox's generateSW). The
 * service worker precaches every file of the build: the app shell, each problem's chunk and
 * Monaco with its workers, so after one visit the app, its problems and the editor open with the
 * network off. Client routes fall back to the precached index.html.
 *
 * registerType 'prompt' (with no prompt shown): a new version waits until every MockRound tab is
 * closed, so an open round never has its files swapped underneath it.
 */
export const pwaOptions: Partial<VitePWAOptions> = {
  registerType: 'prompt',
  injectRegister: 'script-defer',
  includeAssets: ['icon.svg'],
  manifest: {
    name: 'MockRound — timed coding interview practice',
    short_name: 'MockRound',
    description:
      'Practise timed coding interviews in the browser: problems, a code editor, tests, rounds and history, all offline.',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#f6f7f9',
    theme_color: '#2857d6',
    icons: [
      { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{html,js,css,ttf,woff,woff2,svg,png,wasm,json,bin}'],
    maximumFileSizeToCacheInBytes: LARGEST_FILE,
    navigateFallback: '/index.html',
    // The pair relay and its clock are live, never answered from the cache.
    navigateFallbackDenylist: [/^\/relay\//],
    cleanupOutdatedCaches: true,
  },
};
