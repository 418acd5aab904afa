import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { pwaOptions } from './scripts/lib/pwa-options';
import { prerenderListPlugin } from './scripts/lib/vite-plugin-prerender-list';
import { problemsPlugin } from './scripts/lib/vite-plugin-problems';
import { pyodideSnapshotPlugin } from './scripts/lib/vite-plugin-pyodide-snapshot';
import { sandboxWorkerPlugin } from './scripts/lib/vite-plugin-sandbox-worker';

const MONACO_ESM = fileURLToPath(new URL('./node_modules/monaco-editor/esm/vs/', import.meta.url));

export default defineConfig({
  plugins: [
    react(),
    problemsPlugin(),
    sandboxWorkerPlugin(),
    pyodideSnapshotPlugin(),
    prerenderListPlugin(),
    VitePWA(pwaOptions),
  ],
  resolve: {
    alias: [
      // monaco-vim's "browser" build is a UMD bundle carrying parts of an old Monaco (0.33):
      // take its ES module instead, which imports the Monaco the app ships.
      {
        find: /^monaco-vim$/,
        replacement: fileURLToPath(
          new URL('./node_modules/monaco-vim/dist/index.mjs', import.meta.url),
        ),
      },
      // monaco-vim imports monaco-editor/esm/vs/..., which monaco-editor 0.5x's "exports" map
      // no longer spells that way ("./*" adds esm/vs/ itself): point it at the same files.
      {
        find: /^monaco-editor\/esm\/vs\/(.*)$/,
        replacement: `${MONACO_ESM}$1.js`,
      },
    ],
  },
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 6000 },
  preview: { host: '127.0.0.1', port: 4173 },
  test: {
    environment: 'node',
    setupFiles: ['tests/setup-tests.ts'],
    globalSetup: ['tests/global-setup.ts'],
    testTimeout: 20_000,
    // Vitest leaves one core free by default, which is half of a 2-core machine: the test files
    // wait on child processes and timers as much as on the CPU, so one worker per core is faster.
    maxWorkers: availableParallelism(),
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'],
        },
      },
      {
        // Component tests (jsdom): in VM contexts, which load jsdom once per worker instead of
        // once per file (a fresh process per file spent ~1–9 s setting jsdom up). The runner's
        // tests stay in processes: their sandboxes compare the realm's own intrinsics.
        extends: true,
        test: {
          name: 'components',
          include: ['src/**/*.test.tsx', 'tests/unit/**/*.test.tsx'],
          pool: 'vmThreads',
        },
      },
    ],
  },
});
