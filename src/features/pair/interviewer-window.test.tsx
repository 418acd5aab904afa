// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { problemFixtureFiles } from '../../content/problem.fixture';
import { candidateStateFromRound } from '../../domain/pair/candidate-view';
import type { PairMessage } from '../../domain/pair/pair-messages';
import { RUBRIC_AREAS, RUBRIC_LABELS } from '../../domain/pair/rubric';
import { parseProblem } from '../../domain/problem/parse-problem';
import { createRound, transition } from '../../domain/round/round-machine';
import type { Round } from '../../domain/round/round.schema';
import { openPairChannel, type PairChannel } from '../../lib/pair-channel';
import { useAppStore } from '../../store/app-store';
import { roundRecords } from '../../store/round-records';
import { InterviewerWindow } from './interviewer-window';

const problem = parseProblem(
  'problems/add-two',
  problemFixtureFiles({ slug: 'add-two', title: 'Add Two' }),
);
vi.mock('../../content/problem-bank', () => ({
  loadProblem: (slug: string) => Promise.resolve(slug === 'add-two' ? problem : undefined),
}));

const T0 = Date.now();
let n = 0;
let roundId = '';
let candidate: PairChannel;
let heard: PairMessage[] = [];

function codingRound(id: string): Round {
  const round = createRound(
    {
      id,
      problemSlug: 'add-two',
      mode: 'practice',
      durationMs: 15 * 60_000,
      language: 'js',
      code: 'let a;',
    },
    T0,
  );
  return transition(round, { type: 'begin-coding' }, T0);
}

const stateOf = (round: Round) =>
  candidateStateFromRound(round, problem.hints, round.rubric ?? null);

beforeEach(async () => {
  await waitFor(() => expect(useAppStore.getState().hydrated).toBe(true));
  act(() => useAppStore.getState().clearActiveRound());
  n += 1;
  roundId = `window-${n}`;
  heard = [];
  candidate = openPairChannel(roundId, 'candidate');
  candidate.subscribe((m) => heard.push(m));
});
afterEach(() => candidate.close());

const renderWindow = () =>
  render(
    <InterviewerWindow roundId={roundId} renderStatement={(p) => <p>{p.title} statement</p>} />,
  );

async function scoreEverything(user: ReturnType<typeof userEvent.setup>) {
  const form = await screen.findByRole('form', { name: 'Rubric' });
  for (const area of RUBRIC_AREAS) {
    const group = within(form).getByRole('group', { name: RUBRIC_LABELS[area] });
    await user.click(within(group).getByRole('radio', { name: '3 · Solid' }));
  }
  await user.type(within(form).getByRole('textbox', { name: 'Testing notes' }), 'No edge cases');
  await user.click(within(form).getByRole('button', { name: 'Save rubric' }));
}

describe('InterviewerWindow', () => {
  it('asks for the round, follows the candidate live and gives hints over the channel', async () => {
    const user = userEvent.setup();
    renderWindow();
    await waitFor(() => expect(heard.map((m) => m.type)).toContain('hello'));
    expect(screen.getByText(/Waiting for the candidate’s round/)).toBeInTheDocument();

    const round = codingRound(roundId);
    candidate.send({ type: 'state', state: stateOf(round) });
    expect(
      await screen.findByRole('heading', { name: 'Interviewer: Add Two' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Add Two statement')).toBeInTheDocument();
    expect(screen.getByText('Candidate connected')).toBeInTheDocument();
    candidate.send({ type: 'code', code: 'return a + b;', language: 'js', atMs: 5_000 });
    await waitFor(() =>
      expect(screen.getByLabelText('Candidate’s code, read only')).toHaveTextContent(
        'return a + b;',
      ),
    );

    await user.click(screen.getByRole('button', { name: 'Give hint 1' }));
    await waitFor(() =>
      expect(heard.at(-1)).toMatchObject({
        type: 'give-hint',
        hint: { index: 0, text: problem.hints[0] },
      }),
    );
    // Given only once the candidate's round says so.
    expect(screen.queryByText(/Given at/)).not.toBeInTheDocument();
    const hinted = transition(round, { type: 'use-hint', index: 0 }, T0 + 5_000);
    candidate.send({ type: 'state', state: stateOf(hinted) });
    expect(await screen.findByText('Given at 00:05')).toBeInTheDocument();

    candidate.send({ type: 'bye' });
    expect(await screen.findByText('Candidate’s window not connected')).toBeInTheDocument();
  });

  it('holds the rubric until the recap, then shares it; nothing private goes out', async () => {
    const user = userEvent.setup();
    renderWindow();
    let round = transition(codingRound(roundId), { type: 'finish' }, T0 + 60_000);
    candidate.send({ type: 'state', state: stateOf(round) });
    await scoreEverything(user);
    expect(await screen.findByText(/The candidate sees it from the recap on/)).toBeInTheDocument();
    expect(heard.some((m) => m.type === 'state')).toBe(false);

    round = { ...round, phase: 'recap' };
    candidate.send({ type: 'round', phase: 'recap', timer: stateOf(round).timer });
    await waitFor(() => expect(heard.at(-1)?.type).toBe('state'));
    const shared = heard.at(-1) as Extract<PairMessage, { type: 'state' }>;
    expect(shared.state.rubric?.testing).toEqual({ score: 3, notes: 'No edge cases' });
    const wire = JSON.stringify(heard);
    for (const secret of [
      problem.hints[1],
      problem.interviewer.followUps[0],
      problem.interviewer.clarifications[0]!.q,
    ]) {
      expect(wire).not.toContain(secret);
    }
    candidate.send({ type: 'state', state: stateOf({ ...round, rubric: shared.state.rubric }) });
    expect(await screen.findByText('Rubric saved in the round.')).toBeInTheDocument();
  });

  it('keeps rubric scores and notes as typed: a closed window reopens with them, saved ones held again', async () => {
    const user = userEvent.setup();
    const finished = transition(codingRound(roundId), { type: 'finish' }, T0 + 60_000);
    const view = renderWindow();
    candidate.send({ type: 'state', state: stateOf(finished) });
    let form = await screen.findByRole('form', { name: 'Rubric' });
    const testing = within(form).getByRole('group', { name: RUBRIC_LABELS.testing });
    await user.click(within(testing).getByRole('radio', { name: '2 · Developing' }));
    await user.type(
      within(form).getByRole('textbox', { name: 'Testing notes' }),
      'Only happy path',
    );
    view.unmount();

    // Reopened: the half-filled form is back, not yet saved.
    const reopened = renderWindow();
    candidate.send({ type: 'state', state: stateOf(finished) });
    form = await screen.findByRole('form', { name: 'Rubric' });
    await waitFor(() =>
      expect(within(form).getByRole('textbox', { name: 'Testing notes' })).toHaveValue(
        'Only happy path',
      ),
    );
    expect(
      within(within(form).getByRole('group', { name: RUBRIC_LABELS.testing })).getByRole('radio', {
        name: '2 · Developing',
      }),
    ).toBeChecked();
    expect(screen.queryByText(/The candidate sees it from the recap on/)).not.toBeInTheDocument();

    // Saved, then closed before the recap: reopened, the scores are held for the round again.
    await scoreEverything(user);
    expect(await screen.findByText(/The candidate sees it from the recap on/)).toBeInTheDocument();
    reopened.unmount();
    renderWindow();
    candidate.send({ type: 'state', state: stateOf(finished) });
    expect(await screen.findByText(/The candidate sees it from the recap on/)).toBeInTheDocument();
    candidate.send({
      type: 'round',
      phase: 'recap',
      timer: stateOf({ ...finished, phase: 'recap' }).timer,
    });
    await waitFor(() => expect(heard.at(-1)?.type).toBe('state'));
    const shared = heard.at(-1) as Extract<PairMessage, { type: 'state' }>;
    expect(shared.state.rubric?.testing).toEqual({
      score: 3,
      notes: 'Only happy pathNo edge cases',
    });
  });

  it('reopened, shows the round as this browser saved it, and adds a late rubric to its record', async () => {
    const user = userEvent.setup();
    const saved: Round = {
      ...transition(codingRound(roundId), { type: 'finish' }, T0 + 60_000),
      phase: 'saved',
      savedAt: T0 + 120_000,
    };
    await roundRecords().save(saved);
    renderWindow();
    expect(
      await screen.findByRole('heading', { name: 'Interviewer: Add Two' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Saved')).toBeInTheDocument();
    expect(screen.getByText('Candidate’s window not connected')).toBeInTheDocument();

    await scoreEverything(user);
    expect(await screen.findByText('Rubric saved in the round.')).toBeInTheDocument();
    const { rounds } = await roundRecords().list();
    expect(rounds.find((r) => r.id === roundId)?.rubric?.testing).toEqual({
      score: 3,
      notes: 'No edge cases',
    });
  });
});
