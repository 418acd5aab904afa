/** Where tests/e2e/run-e2e.mjs serves dist/ (vite preview). */
export const BASE_URL = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:4173';

/** Absolute URL of an app route, e.g. appUrl('/problems/two-sum'). */
export function appUrl(route: string): string {
  return new URL(route, BASE_URL).toString();
}
