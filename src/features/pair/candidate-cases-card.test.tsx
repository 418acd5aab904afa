// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { secretState } from '../../domain/pair/pair-state.fixture';
import type { PairState } from '../../domain/pair/pair-state.schema';
import { InterviewerView } from './interviewer-view';

function setup(state: PairState, params?: string[]) {
  render(
    <InterviewerView
      state={state}
      now={1_000 + 100_000}
      connected
      delivery="none"
      layout="window"
      onGiveHint={vi.fn()}
      onPromptAsked={vi.fn()}
      onSaveRubric={vi.fn()}
      {...(params ? { params } : {})}
    />,
  );
}

const customCases: PairState['customCases'] = [
  {
    id: 'a',
    args: [[3, 3], 6],
    expected: [0, 1],
    last: { status: 'pass', actual: '[0,1]', atMs: 95_000 },
  },
  { id: 'b', args: [[1], 1], expected: [] },
];

describe('InterviewerView: the candidate’s own test cases', () => {
  it('lists each case live: input, the reference’s answer, the last Run’s result', () => {
    setup(secretState({ customCases }), ['nums', 'target']);
    const card = screen.getByRole('region', { name: 'Candidate’s test cases' });
    const list = within(card).getByRole('list', { name: 'Candidate’s test cases' });
    const first = within(list).getByRole('listitem', { name: 'Custom 1' });
    expect(first).toHaveTextContent('Custom 1 nums = [3,3], target = 6');
    expect(first).toHaveTextContent('Expected (reference): [0,1]');
    expect(first).toHaveTextContent('Last run (01:35): Passed · got [0,1]');
    expect(within(list).getByRole('listitem', { name: 'Custom 2' })).toHaveTextContent(
      'No Run result recorded.',
    );
  });

  it('shows no card while the candidate has added none', () => {
    setup(secretState());
    expect(screen.getByLabelText('Candidate’s code, read only')).toBeInTheDocument();
    expect(
      screen.queryByRole('region', { name: 'Candidate’s test cases' }),
    ).not.toBeInTheDocument();
  });
});
