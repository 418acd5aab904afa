// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useAppStore } from './app-store';
import {
  useCodeActions,
  useDraft,
  useHydrated,
  useIsRunning,
  useLanguage,
  useReport,
  useStorageProblem,
} from './selectors';

describe('selectors', () => {
  it('become hydrated and show the starter until a draft exists, then the draft', async () => {
    const hydrated = renderHook(() => useHydrated());
    await vi.waitFor(() => expect(hydrated.result.current).toBe(true), { timeout: 5_000 });
    const draft = renderHook(() => useDraft('two-sum', 'js', 'STARTER'));
    expect(draft.result.current).toBe('STARTER');
    act(() => useAppStore.getState().setDraft('two-sum', 'js', 'mine'));
    expect(draft.result.current).toBe('mine');
    act(() => useAppStore.getState().resetDraft('two-sum', 'js'));
    expect(draft.result.current).toBe('STARTER');
  });

  it("default the language to 'js' and follow setLanguage", () => {
    const language = renderHook(() => useLanguage('lru-cache'));
    expect(language.result.current).toBe('js');
    act(() => useAppStore.getState().setLanguage('lru-cache', 'ts'));
    expect(language.result.current).toBe('ts');
  });

  it('report running state and reports per problem', () => {
    const running = renderHook(() => ({
      a: useIsRunning('a'),
      b: useIsRunning('b'),
      report: useReport('a'),
    }));
    act(() => useAppStore.getState().setRunning('a'));
    expect(running.result.current).toMatchObject({ a: true, b: false, report: undefined });
    act(() =>
      useAppStore.getState().setReport('a', {
        mode: 'run',
        status: 'done',
        tests: [],
        passed: 2,
        failed: 0,
        totalMs: 1,
        budgetMs: 2000,
      }),
    );
    expect(running.result.current.report?.passed).toBe(2);
  });

  it('return stable action objects and the storage status', () => {
    const actions = renderHook(() => useCodeActions());
    const first = actions.result.current;
    act(() => useAppStore.getState().setDraft('x', 'js', 'y'));
    actions.rerender();
    expect(actions.result.current).toBe(first);
    const status = renderHook(() => useStorageProblem());
    expect(status.result.current.problem).toBeNull();
    act(() => useAppStore.setState({ storageProblem: 'Disk full' }));
    expect(status.result.current.problem).toBe('Disk full');
    act(() => status.result.current.dismiss());
    expect(status.result.current.problem).toBeNull();
  });
});
