// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { problemFixtureFiles } from '../../content/problem.fixture';
import { parseProblem } from '../../domain/problem/parse-problem';
import { splitProblem } from '../../domain/problem/problem-parts';
import { readCustomCases } from '../../store/custom-cases';
import { useAppStore } from '../../store/app-store';
import { ProblemWorkspace } from './problem-workspace';

const client = vi.hoisted(() => ({ run: vi.fn(), stop: vi.fn(), isRunning: vi.fn(() => false) }));
vi.mock('../../runner/client/runner-client', () => ({ getRunnerClient: () => client }));
// The reference runs in a sandbox of its own; here it answers a + b.
const reference = vi.hoisted(() => ({ referenceAnswer: vi.fn() }));
vi.mock('./reference-answer', () => reference);

const { page } = splitProblem(
  parseProblem('problems/add-two', problemFixtureFiles({ slug: 'add-two', title: 'Add Two' })),
);

beforeEach(async () => {
  await waitFor(() => expect(useAppStore.getState().hydrated).toBe(true));
  vi.clearAllMocks();
  act(() => useAppStore.setState({ reports: {}, runningSlug: null }));
  reference.referenceAnswer.mockImplementation(async (_slug: string, args: number[]) => ({
    ok: true,
    expected: (args[0] as number) + (args[1] as number),
  }));
});

function renderPage() {
  return render(<ProblemWorkspace problem={page} renderEditor={() => null} results={null} />);
}

describe('custom test cases on the problem page', () => {
  it('adds a case from typed JSON fields, with the reference answer, saved and sent with Run', async () => {
    const user = userEvent.setup();
    renderPage();
    const panel = screen.getByRole('region', { name: 'Your test cases' });
    await user.click(within(panel).getByRole('button', { name: 'Add test case' }));
    const form = await screen.findByRole('form', { name: 'New test case' });
    // One field per parameter, labelled with its name and type; examples copy a visible case.
    await user.click(within(form).getByRole('button', { name: 'Copy example “small”' }));
    expect(within(form).getByLabelText('a: number')).toHaveValue('1');
    await user.clear(within(form).getByLabelText('b: number'));
    await user.type(within(form).getByLabelText('b: number'), '41');
    await user.click(within(form).getByRole('button', { name: 'Save test case' }));
    const item = await within(panel).findByRole('listitem', { name: 'Custom 1' });
    expect(item).toHaveTextContent('a = 1, b = 41');
    expect(item).toHaveTextContent('Expected (reference): 42');
    expect(reference.referenceAnswer).toHaveBeenCalledWith('add-two', [1, 41]);
    await waitFor(async () =>
      expect(await readCustomCases('add-two')).toEqual([
        { id: expect.any(String), args: [1, 41], expected: 42 },
      ]),
    );

    client.run.mockResolvedValue({
      mode: 'run',
      status: 'done',
      tests: [],
      passed: 0,
      failed: 0,
      totalMs: 1,
      budgetMs: 2000,
    });
    await user.click(screen.getByRole('button', { name: 'Run' }));
    const [sent] = client.run.mock.calls[0] as [typeof page];
    expect(sent.tests.cases.at(-1)).toEqual({
      name: 'Custom 1',
      args: [1, 41],
      expected: 42,
      hidden: false,
    });
  });

  it('refuses bad JSON and the wrong type with a message, and never asks the reference', async () => {
    const user = userEvent.setup();
    renderPage();
    await user.click(screen.getByRole('button', { name: 'Add test case' }));
    const form = await screen.findByRole('form', { name: 'New test case' });
    await user.type(within(form).getByLabelText('a: number'), '[[1');
    await user.type(within(form).getByLabelText('b: number'), '2');
    await user.click(within(form).getByRole('button', { name: 'Save test case' }));
    expect(within(form).getByRole('alert')).toHaveTextContent(/^a: not valid JSON/);
    await user.clear(within(form).getByLabelText('a: number'));
    await user.type(within(form).getByLabelText('a: number'), '"one"');
    await user.click(within(form).getByRole('button', { name: 'Save test case' }));
    expect(within(form).getByRole('alert')).toHaveTextContent(
      'a: expected a number, got a string (number).',
    );
    expect(reference.referenceAnswer).not.toHaveBeenCalled();
  });

  it('shows why when the reference cannot answer', async () => {
    reference.referenceAnswer.mockResolvedValue({
      ok: false,
      message: 'The reference solution cannot answer this input: boom.',
    });
    const user = userEvent.setup();
    renderPage();
    await user.click(screen.getByRole('button', { name: 'Add test case' }));
    const form = await screen.findByRole('form', { name: 'New test case' });
    await user.type(within(form).getByLabelText('a: number'), '1');
    await user.type(within(form).getByLabelText('b: number'), '2');
    await user.click(within(form).getByRole('button', { name: 'Save test case' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('boom');
  });
});
