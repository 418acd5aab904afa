import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { problemsPlugin } from './scripts/lib/vite-plugin-problems';
import { sandboxWorkerPlugin } from './scripts/lib/vite-plugin-sandbox-worker';

export default defineConfig({
  plugins: [react(), problemsPlugin(), sandboxWorkerPlugin()],
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 6000 },
  preview: { host: '127.0.0.1', port: 4173 },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['tests/setup-tests.ts'],
    testTimeout: 20_000,
  },
});
