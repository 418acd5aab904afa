// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HIDDEN_LINE } from '../../domain/pair/shared-screen-gate';
import {
  candidateStateFromRound,
  candidateView,
  interviewerDataFromProblem,
  interviewerView,
} from '../../domain/pair/candidate-view';
import type { PairMessage } from '../../domain/pair/pair-messages';
import type { CandidateState } from '../../domain/pair/pair-state.schema';
import { RUBRIC_AREAS, type Rubric } from '../../domain/pair/rubric';
import { openPairChannel, type PairChannel } from '../../lib/pair-channel';
import { RoundPage } from './round-page';
import type { RoundInterviewerProps } from './round-slots';
import {
  activeRound,
  dispatchAt,
  manualClock,
  problem,
  renderWithRouter,
  REPORT,
  resetRound,
  roundInput,
  slots,
  T0,
} from './round-test.fixture';

const client = vi.hoisted(() => ({ run: vi.fn(), stop: vi.fn(), isRunning: vi.fn(() => false) }));
vi.mock('../../runner/client/runner-client', () => ({ getRunnerClient: () => client }));

const rubric = Object.fromEntries(
  RUBRIC_AREAS.map((area) => [area, { score: 3, notes: `${area} went fine` }]),
) as Rubric;

let n = 0;
let roundId = '';
let interviewer: PairChannel;
let heard: PairMessage[] = [];
const panelProps = vi.fn<(props: RoundInterviewerProps) => void>();

beforeEach(async () => {
  client.run.mockResolvedValue(REPORT);
  n += 1;
  roundId = `pair-${n}`;
  await resetRound(roundInput({ id: roundId }));
  heard = [];
  interviewer = openPairChannel(roundId, 'interviewer');
  interviewer.subscribe((m) => heard.push(m));
  panelProps.mockClear();
});
afterEach(() => interviewer.close());

function renderRound() {
  const renderInterviewer = (props: RoundInterviewerProps) => {
    panelProps(props);
    return <p>Interviewer panel stub</p>;
  };
  return renderWithRouter(
    <RoundPage problem={problem} {...slots} renderInterviewer={renderInterviewer} />,
    manualClock(T0 + 10_000).clock,
  );
}

/** What the interviewer window sends: its state (the round plus its script and scores), redacted. */
function interviewerState(): CandidateState {
  const round = activeRound();
  const candidate = candidateStateFromRound(round, problem.hints, null);
  return candidateView(
    interviewerView(candidate, { ...interviewerDataFromProblem(problem), rubric }),
  );
}

describe('round page, pair practice', () => {
  it('sends the round on opening, and only the candidate’s side of it', async () => {
    renderRound();
    await waitFor(() => expect(heard.map((m) => m.type)).toEqual(['hello', 'state']));
    const state = heard[1] as Extract<PairMessage, { type: 'state' }>;
    expect(state.state).toMatchObject({ roundId, phase: 'brief', hintsGiven: [] });
    const wire = JSON.stringify(heard);
    for (const secret of [
      ...problem.hints,
      problem.interviewer.clarifications[0]!.a,
      problem.interviewer.followUps[0]!,
      problem.interviewer.rubric[0]!,
    ]) {
      expect(wire).not.toContain(secret);
    }
  });

  it('once an interviewer joins, their hints reach the candidate and the prompts go to them', async () => {
    renderRound();
    await waitFor(() => expect(heard).toHaveLength(2));
    expect(screen.getByRole('button', { name: 'Add to notes' })).toBeInTheDocument();
    expect(screen.getByText('What the interviewer would answer')).toBeInTheDocument();

    interviewer.send({ type: 'hello' });
    // Answered with the whole round, and the round becomes a pair round.
    await waitFor(() => expect(heard.filter((m) => m.type === 'state')).toHaveLength(2));
    await screen.findByText(/Interviewer window connected/);
    expect(activeRound().pair).toBe('window');
    expect(screen.queryByRole('button', { name: 'Add to notes' })).not.toBeInTheDocument();
    expect(screen.queryByText('What the interviewer would answer')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Show hint/ })).not.toBeInTheDocument();

    interviewer.send({ type: 'prompt-shown', prompt: 'clarify' });
    await waitFor(() => expect(activeRound().promptsShown).toEqual(['clarify']));

    interviewer.send({
      type: 'give-hint',
      hint: { index: 0, atMs: 9_000, text: problem.hints[0]! },
    });
    const hints = screen.getByRole('region', { name: /Hints/ });
    expect(await within(hints).findByText(problem.hints[0]!)).toBeInTheDocument();
    expect(within(hints).getByText('Your interviewer gave hint 1.')).toBeInTheDocument();
    expect(activeRound().hintsUsed).toEqual([{ index: 0, atMs: 10_000 }]);
    // The interviewer hears it as the round's new state.
    await waitFor(() =>
      expect(heard.at(-1)).toMatchObject({
        type: 'state',
        state: { hintsGiven: [{ index: 0, text: problem.hints[0] }] },
      }),
    );

    interviewer.send({ type: 'bye' });
    await screen.findByText(/The interviewer window is closed/);
  });

  it('keeps the interviewer’s rubric in the round at the recap and shows it there', async () => {
    dispatchAt({ type: 'set-pair', pair: 'window' }, T0);
    dispatchAt({ type: 'begin-coding' }, T0);
    dispatchAt({ type: 'finish' }, T0 + 5_000);
    dispatchAt({ type: 'set-estimate', estimate: { time: 'O(1)', space: 'O(1)', reason: '' } }, T0);
    dispatchAt(
      {
        type: 'reveal',
        result: { passed: 1, failed: 0, status: 'done' },
        reference: problem.complexity,
      },
      T0 + 6_000,
    );
    dispatchAt({ type: 'to-recap' }, T0 + 7_000);
    renderRound();
    expect(screen.getByText(/Your interviewer is filling in the rubric/)).toBeInTheDocument();

    interviewer.send({ type: 'state', state: interviewerState() });
    const table = await screen.findByRole('table', { name: 'Your interviewer’s rubric' });
    expect(within(table).getByRole('row', { name: /Testing/ })).toHaveTextContent(
      '3/4 (Solid)testing went fine',
    );
    expect(activeRound().rubric).toEqual(rubric);
  });

  it('shows the interviewer panel on one screen, acting on the round directly', async () => {
    const user = userEvent.setup();
    dispatchAt({ type: 'begin-coding' }, T0);
    renderRound();
    await user.click(screen.getByRole('button', { name: 'Interviewer panel' }));
    expect(screen.getByRole('button', { name: 'Interviewer panel' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(screen.getByRole('complementary', { name: 'Interviewer panel' })).toHaveTextContent(
      'Interviewer panel stub',
    );
    expect(screen.queryByRole('button', { name: 'Add to notes' })).not.toBeInTheDocument();
    const props = panelProps.mock.lastCall![0];
    expect(props.state.interviewer.followUps).toEqual(problem.interviewer.followUps);
    expect(props.state.interviewer.hints).toEqual(problem.hints);
    // To label the arguments of the candidate's own test cases.
    expect(props.params).toEqual(['a', 'b']);
    props.onGiveHint(0);
    await waitFor(() => expect(activeRound().hintsUsed).toHaveLength(1));
    props.onPromptAsked('approach');
    await waitFor(() => expect(activeRound().promptsShown).toContain('approach'));

    await user.click(screen.getByRole('button', { name: 'Interviewer panel' }));
    expect(activeRound().pair).toBeNull();
    expect(screen.queryByText('Interviewer panel stub')).not.toBeInTheDocument();
  });

  it('on the shared screen, nothing naming the expected complexity shows before the reveal', async () => {
    const user = userEvent.setup();
    const telling = {
      ...problem,
      interviewer: { ...problem.interviewer, rubric: ['States time O(1) and space O(1).'] },
    };
    dispatchAt({ type: 'begin-coding' }, T0);
    const renderInterviewer = (props: RoundInterviewerProps) => {
      panelProps(props);
      return <p>Interviewer panel stub</p>;
    };
    renderWithRouter(
      <RoundPage problem={telling} {...slots} renderInterviewer={renderInterviewer} />,
      manualClock(T0 + 10_000).clock,
    );
    await user.click(screen.getByRole('button', { name: 'Interviewer panel' }));
    expect(panelProps.mock.lastCall![0].state.interviewer.rubricGuide).toEqual([HIDDEN_LINE]);

    dispatchAt({ type: 'time-up' }, T0 + 15 * 60_000);
    dispatchAt(
      { type: 'set-estimate', estimate: { time: 'O(1)', space: 'O(1)', reason: '' } },
      T0 + 16 * 60_000,
    );
    expect(panelProps.mock.lastCall![0].state.interviewer.rubricGuide).toEqual([HIDDEN_LINE]);
    dispatchAt(
      {
        type: 'reveal',
        result: { passed: 1, failed: 0, status: 'done' },
        reference: problem.complexity,
      },
      T0 + 17 * 60_000,
    );
    await waitFor(() =>
      expect(panelProps.mock.lastCall![0].state.interviewer.rubricGuide).toEqual([
        'States time O(1) and space O(1).',
      ]),
    );
  });
});
