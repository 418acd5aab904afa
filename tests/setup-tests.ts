// Loaded before every unit/component test file (vite.config.ts → test.setupFiles).
import { afterEach } from 'vitest';

// Testing Library and its matchers only serve files that run in jsdom: most test files run in
// Node (domain, runner, scripts), and importing React DOM into each of them costs more than
// their tests do.
if (typeof document !== 'undefined') {
  await import('@testing-library/jest-dom/vitest');
  const { cleanup, configure } = await import('@testing-library/react');
  // Vitest runs without globals here, so Testing Library cannot register its own
  // auto-cleanup: unmount rendered trees after each test ourselves.
  afterEach(() => {
    cleanup();
    // The store copies unsaved changes to localStorage as the page is left (jsdom has one per
    // file): start every test without another test's copy.
    globalThis.localStorage?.clear();
  });
  // findBy*/waitFor wait up to 5 s (default 1 s): lazily imported route chunks take longer than
  // a second to load on a busy shared machine, and a slow import is not what these tests check.
  configure({ asyncUtilTimeout: 5_000 });
}
