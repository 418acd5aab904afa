import { describe, expect, it } from 'vitest';
import type { Round } from '../round/round.schema';
import { makeRound, MIN, MON_2024_01_01 as T0 } from './round.fixture';
import { roundReport } from './round-report';

const full: Round = {
  ...makeRound({
    id: 'r1',
    slug: 'two-sum',
    at: T0 + 14 * 60 * MIN,
    mode: 'practice',
    usedMin: 12.5,
    passed: 4,
    failed: 1,
    estimateScore: { space: 'close' },
    estimate: { time: 'O(n)', space: 'O(1)' },
  }),
  code: 'function twoSum(nums, target) {\n  return [];\n}\n',
  notes: [
    { id: 'n1', atMs: 30_500, phase: 'brief', prompt: 'clarify', text: 'Can the input be empty?' },
    { id: 'n2', atMs: 5 * MIN, phase: 'code', text: 'Use a map\nfrom value to index' },
  ],
  runs: [{ atMs: 6 * MIN + 5_000, mode: 'run', status: 'done', passed: 2, failed: 1 }],
  hintsUsed: [
    { index: 0, atMs: 3 * MIN },
    { index: 1, atMs: 4 * MIN },
  ],
  recap: {
    wentWell: 'Clarified early',
    toImprove: 'Edge | cases',
    nextStep: 'Sliding window',
    feeling: 4,
    feelingNote: 'calm',
  },
};
full.reveal = { ...full.reveal!, selfScore: 'partly' };

describe('roundReport', () => {
  const report = roundReport(full, {
    problem: { title: 'Two Sum', complexity: { time: 'O(n)', space: 'O(n)' } },
  });

  it('starts with the title, mode, date, time used, outcome, hints and self-score', () => {
    expect(report.split('\n').slice(0, 9)).toEqual([
      '# Two Sum — practice round',
      '',
      '- **Date:** 2024-01-01 14:00 UTC',
      '- **Mode:** practice',
      '- **Time used:** 12:30 of 20:00',
      '- **Outcome:** Partly passed (4 of 5 tests passed)',
      '- **Hints used:** hint 1 at 03:00, hint 2 at 04:00',
      '- **Self-score:** partly',
      '',
    ]);
  });

  it('lists the notes as a timeline, keeping multi-line notes in their item', () => {
    expect(report).toContain(
      '- **00:30** (brief, prompt: clarify) Can the input be empty?\n- **05:00** (code) Use a map\n  from value to index',
    );
  });

  it('tabulates runs, and estimates vs the measured code vs the reference', () => {
    expect(report).toContain('| 06:05 | run | done | 2 | 1 |');
    expect(report).toContain('| Time | O(n) | O(n), 80 % confidence | O(n) |');
    expect(report).toContain('| Space | O(1) | not measured | O(n) |');
    expect(report).toContain('Reasoning: one pass');
  });

  it('answers both questions; failing code leaves time to the self-score', () => {
    expect(report).toContain(
      '- Time: Not scored yet — the measurement is inconclusive: Your code does not pass the tests',
    );
    expect(report).toContain(
      '- Space: One class off about your code (your own score; space is not measured)',
    );
    expect(report).toContain(
      '**Is your code as good as it gets?** Cannot tell — Your code does not pass the tests yet.',
    );
  });

  it('a brute-force O(n²) estimated O(n²): right about the code, slower than optimal', () => {
    const brute = makeRound({
      passed: 11,
      failed: 1,
      measured: 'n^2',
      estimate: { time: 'O(n²)', space: 'O(1)' },
    });
    brute.reveal = { ...brute.reveal!, status: 'timeout' };
    const text = roundReport(brute);
    expect(text).toContain('- Time: Right about your code (measured O(n²), 80 % confidence)');
    expect(text).toContain(
      '**Is your code as good as it gets?** Slower than optimal: Your code O(n²) against the reference’s O(n). Reference: one pass with a map',
    );
  });

  it('shows an older round’s verdict as against the reference', () => {
    const older = makeRound({ older: { time: 'wrong', space: 'match' } });
    const text = roundReport(older);
    expect(text).toContain('| Time | O(n) | — | Wrong — against the reference (older round) |');
    expect(text).toContain('| Space | O(n) | — | Match — against the reference (older round) |');
  });

  it('includes the recap and the final code in a fenced block', () => {
    expect(report).toContain('- **To improve:** Edge | cases');
    expect(report).toContain('- **Feeling:** 4/5 — calm');
    expect(
      report.endsWith(
        '## Final code\n\n```js\nfunction twoSum(nums, target) {\n  return [];\n}\n```\n',
      ),
    ).toBe(true);
  });

  it('uses a longer fence when the code holds backticks, and the given date format', () => {
    const withTicks = { ...full, code: 'const s = ```;', language: 'ts' as const };
    const text = roundReport(withTicks, { formatDate: () => '1 Jan 2024' });
    expect(text).toContain('````ts\nconst s = ```;\n````');
    expect(text).toContain('- **Date:** 1 Jan 2024');
    expect(text.startsWith('# two-sum — practice round')).toBe(true);
  });

  it('says what is missing for a bare abandoned round and leaves out empty sections', () => {
    const bare = makeRound({ abandoned: true, usedMin: 2 });
    const text = roundReport(bare);
    expect(text).toContain('- **Outcome:** Abandoned before any run');
    expect(text).toContain('- **Hints used:** none');
    expect(text).toContain('_No notes._');
    expect(text).toContain('_No runs._');
    for (const gone of ['## Complexity', '## Rubric', '## Recap', 'Self-score'])
      expect(text).not.toContain(gone);
  });

  it('notes a time-up end and a failed status', () => {
    const failed: Round = {
      ...makeRound({ passed: 0, failed: 3, usedMin: 20 }),
      endReason: 'time-up',
    };
    failed.reveal = { ...failed.reveal!, status: 'compile-error' };
    const text = roundReport(failed);
    expect(text).toContain('- **Time used:** 20:00 of 20:00 (time ran out)');
    expect(text).toContain('- **Outcome:** Failed (0 of 3 tests passed; compile-error)');
  });

  it('renders the interviewer rubric, escaping its notes', () => {
    const scored: Round = {
      ...full,
      rubric: {
        communication: { score: 4, notes: 'Asked about duplicates' },
        problemSolving: { score: 3, notes: 'Map after a nudge\nthen fast' },
        codeQuality: { score: 3, notes: '' },
        testing: { score: 2, notes: 'skipped | empty input' },
        complexityAnalysis: { score: 2, notes: 'O(n) space missed' },
      },
    };
    const text = roundReport(scored);
    expect(text).toContain(
      [
        '## Rubric',
        '',
        '| Area | Score | Notes |',
        '| --- | --- | --- |',
        '| Communication | 4/4 (Strong) | Asked about duplicates |',
        '| Problem solving | 3/4 (Solid) | Map after a nudge then fast |',
        '| Code quality | 3/4 (Solid) | — |',
        '| Testing | 2/4 (Developing) | skipped \\| empty input |',
        '| Complexity analysis | 2/4 (Developing) | O(n) space missed |',
        '',
        'Average 2.8/4; weakest: Testing, Complexity analysis.',
        '',
        '## Recap',
      ].join('\n'),
    );
    expect(roundReport({ ...scored, rubric: null })).not.toContain('## Rubric');
  });
});
