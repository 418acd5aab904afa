// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { problemFixtureFiles } from '../../content/problem.fixture';
import { parseProblem } from '../../domain/problem/parse-problem';
import type { RunReport } from '../../runner/run-report';
import { useAppStore } from '../../store/app-store';
import { submissionRecords } from '../../store/submission-records';
import { ProblemWorkspace } from './problem-workspace';

const client = vi.hoisted(() => ({ run: vi.fn(), stop: vi.fn(), isRunning: vi.fn(() => false) }));
vi.mock('../../runner/client/runner-client', () => ({ getRunnerClient: () => client }));
const bank = vi.hoisted(() => ({ loadProblem: vi.fn() }));
vi.mock('../../content/problem-bank', () => bank);

/** A problem of its own per test: the Submits and results stay in (fake) IndexedDB. */
const problemNamed = (slug: string) =>
  parseProblem(`problems/${slug}`, problemFixtureFiles({ slug, title: slug }));

const report = (mode: RunReport['mode'], passed: number, failed: number): RunReport => ({
  mode,
  status: 'done',
  tests: [
    {
      id: 'visible-1',
      name: 'adds two small numbers',
      hidden: false,
      status: failed ? 'fail' : 'pass',
      input: 'a = 1, b = 2',
      expected: '3',
      actual: failed ? '0' : '3',
      ms: 0.1,
    },
  ],
  passed,
  failed,
  totalMs: 3,
  budgetMs: 2000,
});

/** Shows the page's stored report as the results slot does. */
function Results({ slug }: { slug: string }) {
  const shown = useAppStore((s) => s.reports[slug]);
  return (
    <p data-testid="results">
      {shown ? `${shown.mode}: ${shown.passed} passed, ${shown.failed} failed` : 'no results'}
    </p>
  );
}

function renderPage(slug: string) {
  return render(
    <ProblemWorkspace
      problem={problemNamed(slug)}
      renderEditor={() => <div />}
      results={<Results slug={slug} />}
    />,
  );
}

beforeEach(async () => {
  await waitFor(() => expect(useAppStore.getState().hydrated).toBe(true));
  act(() => useAppStore.setState({ reports: {}, runningSlug: null }));
});
afterEach(() => vi.clearAllMocks());

const progress = () => screen.getByRole('region', { name: /^Your submissions/ });

describe('practice Submits on the problem page', () => {
  it('keeps every Submit with its code, language, verdict and time; not tried → attempted → solved', async () => {
    const user = userEvent.setup();
    const problem = problemNamed('add-many');
    bank.loadProblem.mockResolvedValue(problem);
    renderPage('add-many');
    await waitFor(() => expect(progress()).toHaveTextContent('Not tried'));
    expect(progress()).toHaveTextContent('No Submit yet');

    // A Run is not a Submit: nothing is recorded.
    client.run.mockResolvedValue(report('run', 0, 1));
    await user.click(screen.getByRole('button', { name: 'Run' }));
    await waitFor(() => expect(screen.getByTestId('results')).toHaveTextContent('run: 0 passed'));
    expect(progress()).toHaveTextContent('Not tried');

    client.run.mockResolvedValue(report('submit', 1, 3));
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    await waitFor(() => expect(progress()).toHaveTextContent('Attempted'));
    expect(within(progress()).getAllByRole('listitem')).toHaveLength(1);
    expect(progress()).toHaveTextContent('JavaScript · 1 of 4 tests passed');

    client.run.mockResolvedValue(report('submit', 4, 0));
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    await waitFor(() => expect(progress()).toHaveTextContent('Solved'));
    const items = within(progress()).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      expect.stringContaining('Passed all 4 tests'),
      expect.stringContaining('1 of 4 tests passed'),
    ]);

    const { submissions } = await submissionRecords().list('add-many');
    expect(submissions.map((s) => s.verdict)).toEqual([
      { status: 'done', passed: 4, failed: 0 },
      { status: 'done', passed: 1, failed: 3 },
    ]);
    expect(submissions[0]).toMatchObject({
      slug: 'add-many',
      language: 'js',
      code: problem.starter.js,
    });
    expect(submissions[0]?.atMs).toBeGreaterThanOrEqual(submissions[1]?.atMs ?? Infinity);
  });

  it('shows the last Run’s results again after a reload', async () => {
    const user = userEvent.setup();
    const page = renderPage('add-reload');
    client.run.mockResolvedValue(report('run', 0, 1));
    await user.click(screen.getByRole('button', { name: 'Run' }));
    await waitFor(() =>
      expect(screen.getByTestId('results')).toHaveTextContent('run: 0 passed, 1 failed'),
    );
    // A reload: the in-memory reports are gone, the page mounts again.
    page.unmount();
    act(() => useAppStore.setState({ reports: {} }));
    renderPage('add-reload');
    expect(screen.getByTestId('results')).toHaveTextContent('no results');
    await waitFor(() =>
      expect(screen.getByTestId('results')).toHaveTextContent('run: 0 passed, 1 failed'),
    );
    expect(useAppStore.getState().reports['add-reload']?.tests[0]?.actual).toBe('0');
  });
});
