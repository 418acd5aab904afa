import { describe, expect, it } from 'vitest';
import type { Round } from '../round/round.schema';
import { inlineCode } from './custom-case-report';
import { makeRound, MIN } from './round.fixture';
import { roundReport } from './round-report';

const withCases: Round = {
  ...makeRound({ id: 'r-cases', slug: 'two-sum' }),
  customCases: [
    {
      id: 'a',
      args: [[3, 3], 6],
      expected: [0, 1],
      last: { status: 'fail', actual: '[1,0]', atMs: 4 * MIN },
    },
    { id: 'b', args: [['`x`'], 1], expected: null },
  ],
};
const context = { problem: { title: 'Two Sum', params: ['nums', 'target'] } };

describe('the report lists the candidate’s own test cases', () => {
  it('gives each case its input, the reference’s answer and the last Run’s result', () => {
    const report = roundReport(withCases, context);
    expect(report).toContain(
      [
        '## Your test cases',
        '',
        '- **Custom 1** `nums = [3,3], target = 6` — expected (reference) `[0,1]`; last run: Failed, got `[1,0]` (run at 04:00)',
        '- **Custom 2** ``nums = ["`x`"], target = 1`` — expected (reference) `null`; last run: no Run result recorded',
        '',
      ].join('\n'),
    );
    // After the runs, apart from them.
    expect(report.indexOf('## Your test cases')).toBeGreaterThan(report.indexOf('## Runs'));
  });

  it('has no such section for a round without custom cases (older rounds have none)', () => {
    const older = makeRound({ id: 'r-old' });
    delete older.customCases;
    expect(roundReport(older, context)).not.toContain('test cases');
    expect(roundReport({ ...older, customCases: [] }, context)).not.toContain('test cases');
  });

  it('labels the arguments by position only when the parameter names are unknown', () => {
    expect(roundReport(withCases)).toContain('- **Custom 1** `[3,3], 6`');
  });
});

describe('inlineCode', () => {
  it('fences past the longest backtick run and pads a value starting with one', () => {
    expect(inlineCode('a``b')).toBe('```a``b```');
    expect(inlineCode('`a')).toBe('`` `a ``');
    expect(inlineCode('a\n b')).toBe('`a b`');
  });
});
