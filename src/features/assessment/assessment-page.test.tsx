// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, createEvent, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useEffect } from 'react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { RunReport } from '../../runner/run-report';
import { snapshotReference } from '../../domain/verdict/work-verdicts';
import { useAppStore } from '../../store/app-store';
import { assessmentRecords } from '../../store/assessment-records';
import { AssessmentPage } from './assessment-page';
import type { AssessmentGrowthProps } from './assessment-slots';
import {
  active,
  assessmentInput,
  manualClock,
  MIN,
  problems,
  renderWithRouter,
  resetAssessment,
  slots,
  T0,
} from './assessment-test.fixture';

const runs: { mode: string; code: string }[] = [];
vi.mock('../../runner/client/runner-client', () => ({
  getRunnerClient: () => ({
    isRunning: () => false,
    stop: () => {},
    run: async (
      _problem: unknown,
      opts: { mode: 'run' | 'submit'; code: string },
    ): Promise<RunReport> => {
      runs.push({ mode: opts.mode, code: opts.code });
      const pass = opts.code.includes('a + b');
      return {
        mode: opts.mode,
        status: 'done',
        tests: [{ id: 't1', name: 'small', hidden: false, status: pass ? 'pass' : 'fail', ms: 1 }],
        passed: pass ? 1 : 0,
        failed: pass ? 0 : 1,
        totalMs: 1,
        budgetMs: 2000,
      };
    },
  }),
}));

function renderPage(clock = manualClock(T0 + MIN)) {
  renderWithRouter(<AssessmentPage problems={problems} {...slots} />, clock.clock);
  return clock;
}

describe('the assessment page', () => {
  beforeEach(async () => {
    runs.length = 0;
    await resetAssessment(assessmentInput());
  });

  it('keeps each problem’s own code and runs while moving between them; no pause, no hints', async () => {
    const user = userEvent.setup();
    renderPage();
    expect(screen.getByRole('heading', { name: 'Statement of Add Two' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /pause|hint/i })).toBeNull();
    const first = screen.getByRole('textbox', { name: 'Code editor add-two' });
    await user.clear(first);
    await user.type(first, 'first code');
    await user.click(screen.getByRole('button', { name: 'Run' }));
    await waitFor(() => expect(active().problems[0]?.runs).toHaveLength(1));
    await user.click(screen.getByRole('button', { name: /^2\. Add More/ }));
    expect(screen.getByRole('heading', { name: 'Statement of Add More' })).toBeTruthy();
    const second = screen.getByRole('textbox', { name: 'Code editor add-more' });
    expect((second as HTMLTextAreaElement).value).toBe(problems[1]?.starter.js);
    await user.clear(second);
    await user.type(second, 'second code');
    await user.click(screen.getByRole('button', { name: /^1\. Add Two/ }));
    expect(
      (screen.getByRole('textbox', { name: 'Code editor add-two' }) as HTMLTextAreaElement).value,
    ).toBe('first code');
    expect(active().problems.map((p) => [p.code, p.runs.length])).toEqual([
      ['first code', 1],
      ['second code', 0],
    ]);
  });

  it('refuses and counts a paste when Block paste is on, with a visible notice', async () => {
    await resetAssessment(assessmentInput({ blockPaste: true }));
    renderPage();
    expect(screen.getByText('Paste is blocked.')).toBeTruthy();
    const editor = screen.getByRole('textbox', { name: 'Code editor add-two' });
    const paste = createEvent.paste(editor);
    fireEvent(editor, paste);
    expect(paste.defaultPrevented).toBe(true);
    expect(screen.getByRole('alert').textContent).toMatch(/Paste is blocked.*\(1 so far\)/);
    expect(active().pasteAttempts).toEqual([{ atMs: MIN, index: 0 }]);
  });

  it('lets a paste through when the option is off', () => {
    renderPage();
    const editor = screen.getByRole('textbox', { name: 'Code editor add-two' });
    const paste = createEvent.paste(editor);
    fireEvent(editor, paste);
    expect(paste.defaultPrevented).toBe(false);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(active().pasteAttempts).toEqual([]);
  });

  it('counts leaving the window with its time when Count focus loss is on', async () => {
    await resetAssessment(assessmentInput({ countFocusLoss: true }));
    const clock = renderPage();
    act(() => void window.dispatchEvent(new Event('blur')));
    clock.advance(MIN);
    act(() => void window.dispatchEvent(new Event('focus')));
    expect(active().focusLosses).toEqual([{ atMs: MIN, backAtMs: 2 * MIN }]);
  });

  it('at zero submits every problem, then estimates, reveal, scorecard and Save', async () => {
    const user = userEvent.setup();
    const clock = renderPage();
    await user.clear(screen.getByRole('textbox', { name: 'Code editor add-two' }));
    await user.type(screen.getByRole('textbox', { name: 'Code editor add-two' }), 'return a + b');
    clock.advance(30 * MIN);
    await screen.findByRole('heading', { name: 'Estimate the complexity' });
    expect(active().endReason).toBe('time-up');
    expect(active().problems.map((p) => p.submission?.code)).toEqual([
      'return a + b',
      problems[1]?.starter.js,
    ]);

    const reveal = screen.getByRole('button', { name: 'Reveal results' });
    expect((reveal as HTMLButtonElement).disabled).toBe(true);
    for (const select of screen.getAllByRole('combobox')) await user.selectOptions(select, 'O(1)');
    await user.click(reveal);
    await screen.findByText('1 of 1 visible and 0 of 0 hidden tests passed');
    await screen.findByText('0 of 1 visible and 0 of 0 hidden tests passed');
    expect(runs.filter((r) => r.mode === 'submit').map((r) => r.code)).toEqual([
      'return a + b',
      problems[1]?.starter.js,
    ]);

    await user.click(screen.getByRole('button', { name: 'See the scorecard' }));
    const rows = screen.getAllByRole('row').map((r) => r.textContent);
    // No growth panel here: nothing measured, so the candidate's own score would decide.
    expect(rows[1]).toMatch(/^Add Two1 of 10 of 0.*Time: Not scored yet — .*not measured/);
    expect(screen.getByText(/Paste attempts: 0 \(paste was allowed\)/)).toBeTruthy();
    // Not measured: the candidate's own score decides, also from the scorecard.
    const own = screen.getByRole('region', { name: 'Your own scores: Add Two' });
    const time = within(own).getByRole('group', {
      name: 'Your own score: was your time estimate right about your code?',
    });
    await user.click(within(time).getByRole('radio', { name: 'Right' }));
    expect(active().problems[0]?.estimateScore).toEqual({ time: 'right' });
    expect(screen.getAllByRole('row')[1]).toHaveTextContent(
      'Time: Right about your code (your own score)',
    );
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Assessment saved.');
    const { assessments } = await assessmentRecords().list();
    expect(assessments.find((a) => a.id === 'as-1')?.phase).toBe('saved');
  });

  it('measures each submission after the tests, one at a time, and judges the estimate against it', async () => {
    const measuredOrder: string[] = [];
    const FakeGrowth = ({
      problem,
      autoStart,
      onMeasured,
      onRunningChange,
    }: AssessmentGrowthProps) => {
      useEffect(() => {
        if (!autoStart) return;
        measuredOrder.push(problem.slug);
        onRunningChange?.(true);
        onMeasured?.({ best: '1', confidence: 0.9, points: [], atMs: 0 });
        onRunningChange?.(false);
      }, [autoStart]); // eslint-disable-line react-hooks/exhaustive-deps -- once, like useAutoStart
      return <p>{`Growth of ${problem.slug}`}</p>;
    };
    const user = userEvent.setup();
    const store = useAppStore.getState();
    const est = { time: 'O(1)', space: 'O(n)', reason: '' };
    act(() => {
      store.dispatchAssessment(
        { type: 'update-code', index: 0, code: 'return a + b', language: 'js' },
        T0,
      );
      for (const event of [
        { type: 'finish' as const },
        { type: 'set-estimate' as const, index: 0, estimate: est },
        { type: 'set-estimate' as const, index: 1, estimate: est },
      ])
        expect(store.dispatchAssessment(event, T0 + 2 * MIN)).toBeNull();
    });
    renderWithRouter(
      <AssessmentPage problems={problems} {...slots} renderGrowth={(p) => <FakeGrowth {...p} />} />,
      manualClock(T0 + 3 * MIN).clock,
    );
    // Nothing measured shows before the reveal.
    expect(screen.queryByText(/Growth of/)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Reveal results' }));
    await waitFor(() => expect(active().problems.every((p) => p.growth !== null)).toBe(true));
    expect(measuredOrder).toEqual(['add-two', 'add-more']);
    const first = screen.getByRole('region', { name: 'Results: Add Two' });
    expect(first).toHaveTextContent(/Right about your code\s*measured O\(1\), 90 % confidence/);
    expect(first).toHaveTextContent(/Optimal/i);
    // Add More fails its test: the timings do not decide, the candidate's own score does.
    const second = screen.getByRole('region', { name: 'Results: Add More' });
    expect(second).toHaveTextContent(/Inconclusive: Your code does not pass the tests/);
    const timeScore = within(second).getByRole('group', {
      name: 'Your own score: was your time estimate right about your code?',
    });
    await user.click(within(timeScore).getByRole('radio', { name: 'Wrong' }));
    expect(active().problems[1]?.estimateScore).toEqual({ time: 'wrong' });

    await user.click(screen.getByRole('button', { name: 'See the scorecard' }));
    const rows = screen.getAllByRole('row').map((r) => r.textContent);
    expect(rows[1]).toMatch(/Time: Right about your code \(measured O\(1\)/);
    expect(rows[2]).toMatch(/Time: Wrong about your code \(your own score\)/);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Assessment saved.');
    const saved = (await assessmentRecords().list()).assessments.find((a) => a.id === 'as-1');
    expect(saved?.problems.map((p) => [p.growth?.best, p.reference?.time])).toEqual([
      ['1', 'O(1)'],
      ['1', 'O(1)'],
    ]);
  });

  it('after a reload during the reveal, runs only the submissions still without results', async () => {
    const store = useAppStore.getState();
    const est = { time: 'O(1)', space: 'O(1)', reason: '' };
    const refs = problems.map((p) => snapshotReference(p.complexity));
    const result = {
      status: 'done',
      visible: { passed: 1, total: 1 },
      hidden: { passed: 0, total: 0 },
    };
    act(() => {
      for (const event of [
        { type: 'finish' as const },
        { type: 'set-estimate' as const, index: 0, estimate: est },
        { type: 'set-estimate' as const, index: 1, estimate: est },
        { type: 'reveal' as const, references: refs },
        { type: 'record-result' as const, index: 0, result },
      ])
        expect(store.dispatchAssessment(event, T0 + 2 * MIN)).toBeNull();
    });
    renderPage(manualClock(T0 + 3 * MIN));
    await screen.findByText('0 of 1 visible and 0 of 0 hidden tests passed');
    expect(runs).toEqual([{ mode: 'submit', code: problems[1]?.starter.js }]);
    expect(screen.getByText('1 of 1 visible and 0 of 0 hidden tests passed')).toBeTruthy();
  });
});
