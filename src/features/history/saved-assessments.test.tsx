// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { revealed } from '../../domain/assessment/assessment.fixture';
import type { Assessment } from '../../domain/assessment/assessment.schema';
import { makeRound, MON_2024_01_01 } from '../../domain/history/round.fixture';
import { assessmentRecords } from '../../store/assessment-records';
import { roundRecords } from '../../store/round-records';
import { historyRoute } from './history-route.fixture';
import { SavedAssessmentPage } from './saved-assessment-page';

vi.mock('../../content/problem-bank', async () =>
  (await import('./history-test.fixture')).problemBankMock(),
);

const assessment: Assessment = {
  ...revealed(),
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
    expect(list).toHaveTextContent('0 of 2 problems solved · 10:00 of 1:00:00');
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
    expect(rows[0]).toHaveTextContent(/O\(n\) \/ O\(n\) · Time: Match/);
    expect(screen.getByRole('button', { name: 'Download as Markdown' })).toBeEnabled();
  });

  it('an unknown id says so', async () => {
    renderAt('/history/assessments/nope');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Assessment not found' }),
    ).toBeVisible();
  });
});
