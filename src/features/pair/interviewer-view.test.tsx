// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { RubricDelivery } from '../../domain/pair/pair-sync';
import { secretState } from '../../domain/pair/pair-state.fixture';
import type { PairState } from '../../domain/pair/pair-state.schema';
import { RUBRIC_AREAS, RUBRIC_LABELS } from '../../domain/pair/rubric';
import { InterviewerView } from './interviewer-view';

/** 100 s into the round: the brief's clarify prompt is done, the code phase's first one is due. */
const NOW = 1_000 + 100_000;

function setup(
  state: PairState = secretState(),
  { connected = true, delivery = 'none' as RubricDelivery } = {},
) {
  const actions = { onGiveHint: vi.fn(), onPromptAsked: vi.fn(), onSaveRubric: vi.fn() };
  render(
    <InterviewerView
      state={state}
      now={NOW}
      connected={connected}
      delivery={delivery}
      layout="window"
      statement={<p>Statement text</p>}
      {...actions}
    />,
  );
  return { ...actions, user: userEvent.setup() };
}

describe('InterviewerView', () => {
  it('shows the script, the clock, the candidate’s code and runs, read only', () => {
    setup();
    const script = screen.getByRole('region', { name: 'Script' });
    expect(within(script).getByText('SECRET-QUESTION')).toBeInTheDocument();
    expect(within(script).getByText('SECRET-ANSWER')).toBeInTheDocument();
    expect(within(script).getByText('SECRET-FOLLOW-UP')).toBeInTheDocument();
    expect(screen.getByText('SECRET-GUIDE')).toBeInTheDocument();
    expect(screen.getByRole('timer', { name: 'Time left' })).toHaveTextContent('18:20 left');
    expect(screen.getByLabelText('Candidate’s code, read only')).toHaveTextContent(
      'function twoSum() {}',
    );
    expect(screen.getByLabelText('Candidate’s code, read only').tagName).toBe('PRE');
    expect(screen.getByText(/01:30: ran — 2 passed, 1 failed/)).toBeInTheDocument();
    expect(screen.getByText('Candidate connected')).toBeInTheDocument();
    expect(screen.getByText('Statement text')).toBeInTheDocument();
  });

  it('offers only the next hint of the ladder and shows when earlier ones were given', async () => {
    const { user, onGiveHint } = setup();
    const ladder = screen.getByRole('region', { name: 'Hint ladder' });
    expect(within(ladder).getByText('Given at 02:00')).toBeInTheDocument();
    expect(within(ladder).queryByRole('button', { name: 'Give hint 1' })).not.toBeInTheDocument();
    expect(within(ladder).queryByRole('button', { name: 'Give hint 3' })).not.toBeInTheDocument();
    await user.click(within(ladder).getByRole('button', { name: 'Give hint 2' }));
    expect(onGiveHint).toHaveBeenCalledWith(1);
  });

  it('gives no hint in a timed round, nor once the coding is over', () => {
    setup(secretState({ mode: 'timed' }));
    expect(screen.getByText(/Hints are off in timed rounds/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Give hint/ })).not.toBeInTheDocument();
    cleanup();
    setup(secretState({ phase: 'estimate' }));
    expect(screen.getByText('The coding is over: no more hints.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Give hint/ })).not.toBeInTheDocument();
  });

  it('says so when the candidate’s window is not connected', () => {
    setup(secretState(), { connected: false });
    expect(screen.getByText('Candidate’s window not connected')).toBeInTheDocument();
    expect(screen.getByText(/a hint cannot reach it now/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Give hint/ })).not.toBeInTheDocument();
  });

  it('shows the prompt that is due, to read aloud and mark as asked', async () => {
    const { user, onPromptAsked } = setup();
    const prompts = screen.getByRole('region', { name: 'Prompts to read aloud' });
    expect(within(prompts).getByText('State your approach before you type.')).toBeInTheDocument();
    await user.click(within(prompts).getByRole('button', { name: 'Mark as asked' }));
    expect(onPromptAsked).toHaveBeenCalledWith('approach');
  });

  it('keeps the rubric closed while the candidate codes', () => {
    setup();
    expect(screen.getByText('Score the rubric once the coding is over.')).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Rubric' })).not.toBeInTheDocument();
  });

  it('saves the rubric once every area has a score, with its notes', async () => {
    const state = secretState({ phase: 'recap' });
    const { user, onSaveRubric } = setup({
      ...state,
      interviewer: { ...state.interviewer, rubric: null },
    });
    const form = screen.getByRole('form', { name: 'Rubric' });
    const save = within(form).getByRole('button', { name: 'Save rubric' });
    for (const [i, area] of RUBRIC_AREAS.entries()) {
      expect(save).toBeDisabled();
      const group = within(form).getByRole('group', { name: RUBRIC_LABELS[area] });
      await user.click(
        within(group).getByRole('radio', {
          name: `${(i % 4) + 1} · ${['Not yet', 'Developing', 'Solid', 'Strong'][i % 4]}`,
        }),
      );
      await user.type(
        within(group).getByRole('textbox', { name: `${RUBRIC_LABELS[area]} notes` }),
        ` note ${i} `,
      );
    }
    await user.click(save);
    expect(onSaveRubric).toHaveBeenCalledWith({
      communication: { score: 1, notes: 'note 0' },
      problemSolving: { score: 2, notes: 'note 1' },
      codeQuality: { score: 3, notes: 'note 2' },
      testing: { score: 4, notes: 'note 3' },
      complexityAnalysis: { score: 1, notes: 'note 4' },
    });
  });

  it('shows saved scores in the form and where they stand', () => {
    setup(secretState({ phase: 'reveal' }), { delivery: 'held' });
    const group = screen.getByRole('group', { name: 'Testing' });
    expect(within(group).getByRole('radio', { name: '3 · Solid' })).toBeChecked();
    expect(screen.getByText(/The candidate sees it from the recap on/)).toBeInTheDocument();
  });
});
