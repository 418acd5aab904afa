// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { play, revealed, T0 } from '../../domain/assessment/assessment.fixture';
import type { Assessment } from '../../domain/assessment/assessment.schema';
import { makeRound, MON_2024_01_01 } from '../../domain/history/round.fixture';
import { assessmentRecords } from '../../store/assessment-records';
import { roundRecords } from '../../store/round-records';
import { historyRoute } from './history-route.fixture';
import { SavedAssessmentPage } from './saved-assessment-page';

vi.mock('../../content/problem-bank', async () =>
  (await import('./history-test.fixture')).problemBankMock(),
);

const passing = {
  status: 'done',
  visible: { passed: 1, total: 1 },
  hidden: { passed: 1, total: 1 },
};
const assessment: Assessment = {
  ...play(revealed(), [
    [{ type: 'record-result', index: 0, result: passing }, T0],
    [
      {
        type: 'set-measured',
        index: 0,
        measured: { best: 'n', confidence: 0.8, points: [], atMs: 0 },
      },
      T0,
    ],
  ]),
  phase: 'saved',
  id: 'kept-1',
  savedAt: MON_2024_01_01,
};

function renderAt(url: string) {
  render(
    <RouterProvider
      router={createMemoryRouter(
        [historyRoute, { path: '/history/assessments/:id', Component: SavedAssessmentPage }],
        { initialEntries: [url] },
      )}
    />,
  );
}

beforeAll(async () => {
  await roundRecords().save(makeRound({ id: 'r1', at: MON_2024_01_01 }));
  await assessmentRecords().save(assessment);
});

describe('saved assessments in History', () => {
  it('are listed beside the rounds, and Show narrows History to one kind', async () => {
    const user = userEvent.setup();
    renderAt('/history');
    const list = await screen.findByRole('list', { name: 'Saved assessments' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
    expect(list).toHaveTextContent('1 of 2 problems solved · 10:00 of 1:00:00');
    expect(await screen.findByRole('list', { name: 'Saved rounds' })).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'Rounds');
    expect(screen.queryByRole('list', { name: 'Saved assessments' })).toBeNull();
    expect(screen.getByRole('list', { name: 'Saved rounds' })).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'Assessments');
    expect(await screen.findByRole('list', { name: 'Saved assessments' })).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Saved rounds' })).toBeNull();
  });

  it('each opens as its own page, with its problems, tests and estimates', async () => {
    const user = userEvent.setup();
    renderAt('/history?show=assessments');
    const list = await screen.findByRole('list', { name: 'Saved assessments' });
    await user.click(within(list).getByRole('link'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Assessment' })).toBeVisible();
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    // Judged against the candidate's own code, measured at the reveal.
    expect(rows[0]).toHaveTextContent(
      /O\(n\) \/ O\(n\)Time: Right about your code \(measured O\(n\), 80 % confidence\)/,
    );
    expect(rows[0]).toHaveTextContent(/As good as it gets\? Optimal/);
    expect(screen.getByRole('button', { name: 'Download as Markdown' })).toBeEnabled();
  });

  it('an unknown id says so', async () => {
    renderAt('/history/assessments/nope');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Assessment not found' }),
    ).toBeVisible();
  });
});
