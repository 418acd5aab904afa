// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { createMemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { routes } from './routes';

const { loadProblemPage } = vi.hoisted(() => ({
  loadProblemPage: vi.fn(() => new Promise<undefined>(() => {})),
}));
vi.mock('../content/problem-bank', () => ({
  problemSummaries: [],
  allTags: [],
  loadProblemPage,
  loadProblem: () => new Promise(() => {}),
}));
// The page's code never arrives in this test: the problem must be asked for without it.
vi.mock('./problem-route', () => new Promise(() => {}));

describe('the problem page route', () => {
  it('starts loading the problem as the address matches, before the page’s code is in', async () => {
    const router = createMemoryRouter(routes, { initialEntries: ['/problems/two-sum'] });
    await vi.waitFor(() => expect(loadProblemPage).toHaveBeenCalledWith('two-sum'));
    expect(router.state.initialized).toBe(false);
    router.dispose();
  });
});
