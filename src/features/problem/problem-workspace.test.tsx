// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { problemFixtureFiles } from '../../content/problem.fixture';
import { parseProblem } from '../../domain/problem/parse-problem';
import type { RunReport } from '../../runner/run-report';
import { useAppStore } from '../../store/app-store';
import { readCustomCases } from '../../store/custom-cases';
import { useDraft } from '../../store/selectors';
import type { EditorSlotProps } from './problem-workspace';
import { ProblemWorkspace } from './problem-workspace';

const client = vi.hoisted(() => ({ run: vi.fn(), stop: vi.fn(), isRunning: vi.fn(() => false) }));
vi.mock('../../runner/client/runner-client', () => ({ getRunnerClient: () => client }));
// Submit fetches the full problem (hidden tests) on demand; the page itself gets the light part.
const bank = vi.hoisted(() => ({ loadProblem: vi.fn() }));
vi.mock('../../content/problem-bank', () => bank);

const problem = parseProblem(
  'problems/add-two',
  problemFixtureFiles({ slug: 'add-two', title: 'Add Two' }),
);
const REPORT: RunReport = {
  mode: 'run',
  status: 'done',
  tests: [],
  passed: 1,
  failed: 0,
  totalMs: 3,
  budgetMs: 2000,
};

/** Stands in for Monaco: shows the draft and exposes the in-editor shortcut. */
function FakeEditor({ slug, language, starter, onRunShortcut }: EditorSlotProps) {
  const code = useDraft(slug, language, starter);
  return (
    <div>
      <pre data-testid="code" data-language={language}>
        {code}
      </pre>
      <button type="button" onClick={onRunShortcut}>
        editor shortcut
      </button>
    </div>
  );
}

function renderWorkspace() {
  render(
    <ProblemWorkspace
      problem={problem}
      renderEditor={(p) => <FakeEditor {...p} />}
      results={null}
    />,
  );
}

beforeEach(async () => {
  await waitFor(() => expect(useAppStore.getState().hydrated).toBe(true));
  act(() => {
    useAppStore.getState().resetDraft('add-two', 'js');
    useAppStore.getState().resetDraft('add-two', 'ts');
    useAppStore.getState().setLanguage('add-two', 'js');
    useAppStore.setState({ reports: {}, runningSlug: null });
  });
});

afterEach(() => {
  vi.clearAllMocks();
});

describe('ProblemWorkspace', () => {
  it('shows the statement and the starter code', () => {
    renderWorkspace();
    expect(screen.getByRole('heading', { level: 1, name: 'Add Two' })).toBeInTheDocument();
    expect(screen.getByText('function addTwo(a: number, b: number): number')).toBeInTheDocument();
    expect(screen.getByTestId('code')).toHaveTextContent('return 0;');
  });

  it('runs the current draft, shows it running, and stores the report', async () => {
    let finish: (report: RunReport) => void = () => {};
    client.run.mockReturnValue(new Promise<RunReport>((resolve) => (finish = resolve)));
    act(() =>
      useAppStore.getState().setDraft('add-two', 'js', 'function addTwo(a, b) { return a + b; }'),
    );
    const user = userEvent.setup();
    renderWorkspace();

    await user.click(screen.getByRole('button', { name: 'Run' }));
    // The runner loads after the first paint: the first Run may wait for it.
    await waitFor(() =>
      expect(client.run).toHaveBeenCalledWith(problem, {
        mode: 'run',
        code: 'function addTwo(a, b) { return a + b; }',
        language: 'js',
        onPosted: expect.any(Function),
      }),
    );
    // This client never says the code was posted: the page shows the run going anyway.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Stop' })).toBeEnabled());
    expect(screen.getByRole('button', { name: 'Run' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Stop' }));
    expect(client.stop).toHaveBeenCalledTimes(1);

    await act(async () => finish(REPORT));
    expect(useAppStore.getState().reports['add-two']).toEqual(REPORT);
    expect(screen.getByRole('button', { name: 'Stop' })).toBeDisabled();
  });

  it('re-renders the toolbar, not the editor, when a run starts and ends', async () => {
    let finish: (report: RunReport) => void = () => {};
    client.run.mockReturnValue(new Promise<RunReport>((resolve) => (finish = resolve)));
    const renderEditor = vi.fn((p: EditorSlotProps) => <FakeEditor {...p} />);
    render(<ProblemWorkspace problem={problem} renderEditor={renderEditor} results={null} />);
    // The page's custom cases load from IndexedDB after the first render (a render of their own):
    // reading them too waits until that load has been shown.
    await act(async () => void (await readCustomCases('add-two')));
    const user = userEvent.setup();
    const rendersBefore = renderEditor.mock.calls.length;

    await user.click(screen.getByRole('button', { name: 'Run' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Run' })).toBeDisabled());
    await act(async () => finish(REPORT));
    expect(screen.getByRole('button', { name: 'Run' })).toBeEnabled();
    expect(useAppStore.getState().reports['add-two']).toEqual(REPORT);
    // The editor (Monaco in the app) and the pane layout are left alone by a run.
    expect(renderEditor).toHaveBeenCalledTimes(rendersBefore);
  });

  it('shows the run going once the code is posted to the sandbox, not before', async () => {
    let finish: (report: RunReport) => void = () => {};
    const runningWhen: Record<string, string | null> = {};
    client.run.mockImplementation((_problem, opts: { onPosted: () => void }) => {
      runningWhen.called = useAppStore.getState().runningSlug;
      opts.onPosted();
      runningWhen.posted = useAppStore.getState().runningSlug;
      return new Promise<RunReport>((resolve) => (finish = resolve));
    });
    const user = userEvent.setup();
    renderWorkspace();
    await user.click(screen.getByRole('button', { name: 'Run' }));
    await waitFor(() => expect(client.run).toHaveBeenCalled());
    // Rendering "running" before the sandbox has the code would delay the sandbox by that render.
    expect(runningWhen).toEqual({ called: null, posted: 'add-two' });
    expect(screen.getByRole('button', { name: 'Run' })).toBeDisabled();
    await act(async () => finish(REPORT));
    expect(screen.getByRole('button', { name: 'Run' })).toBeEnabled();
    expect(useAppStore.getState().runningSlug).toBeNull();
  });

  it('submits with mode "submit" against the full problem, fetched when Submit needs it', async () => {
    client.run.mockResolvedValue({ ...REPORT, mode: 'submit' });
    const full = { ...problem, solution: 'the reference' };
    bank.loadProblem.mockResolvedValue(full);
    const user = userEvent.setup();
    renderWorkspace();
    expect(bank.loadProblem).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    await waitFor(() =>
      expect(client.run).toHaveBeenCalledWith(full, expect.objectContaining({ mode: 'submit' })),
    );
    expect(bank.loadProblem).toHaveBeenCalledWith('add-two');
  });

  it('runs on Ctrl+Enter and Cmd+Enter, and from the editor shortcut', async () => {
    client.run.mockResolvedValue(REPORT);
    renderWorkspace();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Run' })).toBeEnabled());
    await act(async () => fireEvent.keyDown(window, { key: 'Enter', ctrlKey: true }));
    await act(async () => fireEvent.keyDown(window, { key: 'Enter', metaKey: true }));
    await act(async () => fireEvent.keyDown(window, { key: 'Enter' }));
    await userEvent.click(screen.getByRole('button', { name: 'editor shortcut' }));
    await waitFor(() => expect(client.run).toHaveBeenCalledTimes(3));
    expect(client.run).toHaveBeenLastCalledWith(problem, expect.objectContaining({ mode: 'run' }));
  });

  it('stores a crashed report when the client itself fails', async () => {
    client.run.mockRejectedValue(new Error('worker failed to start'));
    const user = userEvent.setup();
    renderWorkspace();
    await user.click(screen.getByRole('button', { name: 'Run' }));
    await waitFor(() => expect(useAppStore.getState().reports['add-two']?.status).toBe('crashed'));
    expect(useAppStore.getState().reports['add-two']?.loadError?.message).toBe(
      'worker failed to start',
    );
  });

  it('switches language and shows that language starter', async () => {
    const user = userEvent.setup();
    renderWorkspace();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'ts');
    expect(useAppStore.getState().languages['add-two']).toBe('ts');
    expect(screen.getByTestId('code')).toHaveAttribute('data-language', 'ts');
    expect(screen.getByTestId('code')).toHaveTextContent('a: number');
  });

  it('resets to the starter only after confirmation', async () => {
    act(() => useAppStore.getState().setDraft('add-two', 'js', 'my work'));
    const user = userEvent.setup();
    renderWorkspace();
    const reset = screen.getByRole('button', { name: 'Reset to starter' });

    await user.click(reset);
    const dialog = await screen.findByRole('alertdialog', { name: 'Reset to starter code?' });
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(dialog).not.toBeInTheDocument();
    expect(reset).toHaveFocus();
    expect(screen.getByTestId('code')).toHaveTextContent('my work');

    await user.click(reset);
    await screen.findByRole('alertdialog');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(screen.getByTestId('code')).toHaveTextContent('my work');

    await user.click(reset);
    await user.click(await screen.findByRole('button', { name: 'Reset' }));
    expect(screen.getByTestId('code')).toHaveTextContent('return 0;');
  });
});
