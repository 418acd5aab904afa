// Loaded before every unit/component test file (vite.config.ts → test.setupFiles).
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Vitest runs without globals here, so Testing Library cannot register its own
// auto-cleanup: unmount rendered trees after each test ourselves.
afterEach(() => {
  cleanup();
});
