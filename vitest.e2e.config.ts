import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests: Playwright drives Chromium against the built app under `vite preview`
 * (started by tests/e2e/run-e2e.mjs). One browser at a time: two cores, and timing tests
 * (the runaway-loop kill) must not compete with another file for the CPU.
 */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
    maxWorkers: 1,
    pool: 'forks',
    retry: 0,
  },
});
