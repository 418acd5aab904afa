// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createExportBundle, serializeExportBundle } from '../../domain/history/export-bundle';
import { DAY, makeRound, MON_2024_01_01 } from '../../domain/history/round.fixture';
import { revealed } from '../../domain/assessment/assessment.fixture';
import type { Assessment } from '../../domain/assessment/assessment.schema';
import { useAppStore } from '../../store/app-store';
import { assessmentRecords } from '../../store/assessment-records';
import { roundRecords } from '../../store/round-records';
import { submissionRecords } from '../../store/submission-records';
import { historyRoute } from './history-route.fixture';

vi.mock('../../content/problem-bank', async () =>
  (await import('./history-test.fixture')).problemBankMock(),
);

const existing = makeRound({ id: 'old', at: MON_2024_01_01 });

function renderPage() {
  render(
    <RouterProvider
      router={createMemoryRouter([historyRoute], {
        initialEntries: ['/history'],
      })}
    />,
  );
}
const file = (text: string, name = 'backup.json') =>
  new File([text], name, { type: 'application/json' });
const rowCount = async () =>
  within(await screen.findByRole('list', { name: 'Saved rounds' })).getAllByRole('listitem').length;

beforeAll(async () => {
  await roundRecords().save(existing);
});
afterEach(() => vi.restoreAllMocks());

describe('export and import', () => {
  it('a bad file shows the error and changes nothing', async () => {
    renderPage();
    expect(await rowCount()).toBe(1);
    const bad = {
      ...createExportBundle([makeRound({ id: 'x' })], Date.now()),
      format: 'other-app',
    };
    await userEvent.upload(screen.getByLabelText('Import data'), file(JSON.stringify(bad)));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Nothing was imported. backup.json: format: expected "mockround-export"',
    );
    expect((await roundRecords().list()).rounds.map((r) => r.id)).toEqual(['old']);
    expect(await rowCount()).toBe(1);
  });

  it('a good file is merged and the counts are announced', async () => {
    renderPage();
    expect(await rowCount()).toBe(1);
    const fresh = makeRound({ id: 'new', at: MON_2024_01_01 + DAY });
    const text = serializeExportBundle(createExportBundle([existing, fresh], Date.now()));
    await userEvent.upload(screen.getByLabelText('Import data'), file(text));
    expect(
      await screen.findByText(
        'Imported backup.json: rounds 1 added, 0 updated, 1 unchanged; assessments 0 added, 0 updated, 0 unchanged; practice Submits 0 added, 0 updated, 0 unchanged.',
      ),
    ).toHaveAttribute('role', 'status');
    expect(screen.queryByRole('alert')).toBeNull();
    await vi.waitFor(async () => expect(await rowCount()).toBe(2), { timeout: 5_000 });
    expect((await roundRecords().list()).rounds.map((r) => r.id)).toEqual(['new', 'old']);
  });

  it('"Export all data" downloads every round and the drafts as one versioned JSON', async () => {
    useAppStore.setState({ drafts: { 'two-sum:js': 'draft code' } });
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:export';
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderPage();
    await rowCount();
    await userEvent.click(screen.getByRole('button', { name: 'Export all data' }));
    await vi.waitFor(() => expect(blobs).toHaveLength(1), { timeout: 5_000 });
    const bundle = JSON.parse((await blobs[0]?.text()) ?? '') as Record<string, unknown>;
    expect(bundle).toMatchObject({
      format: 'mockround-export',
      version: 2,
      drafts: { 'two-sum:js': 'draft code' },
    });
    expect((bundle.rounds as { id: string }[]).map((r) => r.id)).toEqual(['new', 'old']);
    // Whole records, not the summaries History lists.
    expect((bundle.rounds as unknown[])[1]).toEqual(existing);
  });

  it('a saved assessment and a practice Submit go out in the export and come back in an import', async () => {
    const assessment: Assessment = { ...revealed(), phase: 'saved', savedAt: 5, id: 'a-kept' };
    const submission = {
      version: 1 as const,
      id: 's-kept',
      slug: 'two-sum',
      language: 'js' as const,
      code: 'return [0, 1];',
      verdict: { status: 'done', passed: 5, failed: 0 },
      atMs: 7,
    };
    await assessmentRecords().save(assessment);
    await submissionRecords().add(submission);
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:export';
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderPage();
    await rowCount();
    await userEvent.click(screen.getByRole('button', { name: 'Export all data' }));
    await vi.waitFor(() => expect(blobs).toHaveLength(1), { timeout: 5_000 });
    const text = (await blobs[0]?.text()) ?? '';
    const bundle = JSON.parse(text) as { assessments: Assessment[]; submissions: unknown[] };
    expect(bundle.assessments).toEqual([assessment]);
    expect(bundle.submissions).toEqual([submission]);

    // Another browser: the same file brings both in.
    const other = JSON.parse(text) as typeof bundle;
    other.assessments = [{ ...assessment, id: 'a-other' }];
    other.submissions = [{ ...submission, id: 's-other' }];
    await userEvent.upload(screen.getByLabelText('Import data'), file(JSON.stringify(other)));
    expect(
      await screen.findByText(
        /assessments 1 added, 0 updated, 0 unchanged; practice Submits 1 added/,
      ),
    ).toBeInTheDocument();
    expect((await assessmentRecords().list()).assessments.map((a) => a.id).sort()).toEqual([
      'a-kept',
      'a-other',
    ]);
    expect((await submissionRecords().list('two-sum')).submissions.map((s) => s.id).sort()).toEqual(
      ['s-kept', 's-other'],
    );
  });
});
