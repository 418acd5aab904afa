// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { makeRound, MIN } from '../../domain/history/round.fixture';
import type { Round } from '../../domain/round/round.schema';
import { roundRecords } from '../../store/round-records';
import { RoundHistoryPage } from './round-history-page';

vi.mock('../../content/problem-bank', async () =>
  (await import('./history-test.fixture')).problemBankMock(),
);
// Monaco cannot run in jsdom: the lazily loaded diff editor is replaced by what it was given.
vi.mock('./monaco-code-diff', () => ({
  default: (props: {
    code: string;
    reference: string;
    language: string;
    referenceLanguage: string;
  }) => (
    <div
      data-testid="monaco-diff"
      data-language={props.language}
      data-reference-language={props.referenceLanguage}
    >
      {props.code}
      {' ⇄ '}
      {props.reference}
    </div>
  ),
}));

const base = makeRound({
  id: 'r-1',
  slug: 'two-sum',
  estimate: { time: 'O(n)', space: 'O(1)' },
  estimateScore: { space: 'wrong' },
});
const round: Round = {
  ...base,
  code: 'function twoSum() { return [0, 1]; }',
  notes: [{ id: 'n1', atMs: 2 * MIN, phase: 'code', text: 'Use a map' }],
  runs: [{ atMs: 5 * MIN, mode: 'run', status: 'done', passed: 2, failed: 1 }],
  hintsUsed: [{ index: 0, atMs: 3 * MIN }],
  reveal: base.reveal && { ...base.reveal, selfScore: 'partly' },
  recap: {
    wentWell: 'Clarified first',
    toImprove: 'Edge cases',
    nextStep: 'More maps',
    feeling: 4,
    feelingNote: '',
  },
};

function renderAt(url: string) {
  const router = createMemoryRouter([{ path: '/history/:id', element: <RoundHistoryPage /> }], {
    initialEntries: [url],
  });
  render(<RouterProvider router={router} />);
}

beforeAll(async () => {
  await roundRecords().save(round);
});
afterEach(() => vi.restoreAllMocks());

describe('RoundHistoryPage', () => {
  it('shows the final code beside the reference, the timeline, estimates and recap', async () => {
    renderAt('/history/r-1');
    expect(await screen.findByRole('heading', { level: 1, name: 'Two Sum' })).toBeInTheDocument();
    const compare = screen.getByRole('figure', {
      name: /^Your final code \(js, left or above\) against the reference solution/,
    });
    const diff = await within(compare).findByTestId('monaco-diff');
    expect(diff).toHaveTextContent(
      'function twoSum() { return [0, 1]; } ⇄ function twoSum(nums, target) {',
    );
    expect(diff).toHaveAttribute('data-language', 'js');
    expect(diff).toHaveAttribute('data-reference-language', 'js');
    // The plain text stays on the page, folded, as the diff's text alternative.
    expect(
      within(compare).getByText('Both as plain text, differing lines marked'),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Your final code (js)')).toHaveTextContent('return [0, 1];');
    expect(screen.getByLabelText('Reference solution')).toHaveTextContent('new Map()');
    expect(
      screen.getByText('1 of your lines differ from the reference solution (marked).'),
    ).toBeInTheDocument();
    expect(
      within(screen.getByLabelText('Reference solution'))
        .getAllByText('(differs)')
        .map((marker) => marker.parentElement?.textContent),
    ).toEqual([
      '(differs) function twoSum(nums, target) {\n',
      '(differs)   const seen = new Map();\n',
      '(differs) }\n',
    ]);

    const events = within(screen.getByRole('list', { name: 'Timeline' })).getAllByRole('listitem');
    expect(events.map((e) => e.textContent)).toEqual([
      '02:00 Note Use a map',
      '03:00 Hint Opened hint 1',
      '05:00 Run Run: 2 passed, 1 failed',
    ]);
    const table = screen.getByRole('table', { name: /Complexity/ });
    expect(within(table).getByRole('row', { name: /Space/ })).toHaveTextContent(
      'SpaceO(1)not measuredO(n)',
    );
    expect(screen.getByText(/^Time: Right about your code \(measured O\(n\)/)).toBeInTheDocument();
    expect(
      screen.getByText('Space: Wrong about your code (your own score; space is not measured)'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/^Optimal: Your code O\(n\) against the reference’s O\(n\)/),
    ).toBeInTheDocument();
    expect(screen.getByText('Self-score: partly')).toBeInTheDocument();
    expect(screen.getByText('Clarified first')).toBeInTheDocument();
  });

  it('"Download report" offers the Markdown report as a file', async () => {
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:report';
    });
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderAt('/history/r-1');
    await userEvent.click(await screen.findByRole('button', { name: 'Download report' }));
    expect(click).toHaveBeenCalledTimes(1);
    const link = click.mock.contexts[0] as HTMLAnchorElement;
    expect(link.download).toMatch(/^mockround-two-sum-\d{4}-\d{2}-\d{2}\.md$/);
    const text = await blobs[0]?.text();
    expect(text).toContain('# Two Sum — timed round');
    expect(text).toContain('| Space | O(1) | not measured | O(n) |');
    expect(text).toContain('**Is your estimate right about your code?**');
  });

  it('diffs a Python record against the Python reference', async () => {
    await roundRecords().save({
      ...round,
      id: 'r-py',
      language: 'py',
      code: 'def two_sum(nums, target):\n    return [0, 1]\n',
    });
    renderAt('/history/r-py');
    const diff = await screen.findByTestId('monaco-diff');
    expect(diff).toHaveAttribute('data-language', 'py');
    expect(diff).toHaveAttribute('data-reference-language', 'py');
    expect(diff).toHaveTextContent('return [0, 1] ⇄ def two_sum(nums, target): seen = {}');
    expect(screen.getByLabelText('Reference solution')).toHaveTextContent('seen = {}');
    expect(
      screen.getByText('1 of your lines differ from the reference solution (marked).'),
    ).toBeInTheDocument();
  });

  it('says so when no round has the id', async () => {
    renderAt('/history/nope');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Round not found' }),
    ).toBeInTheDocument();
  });
});
