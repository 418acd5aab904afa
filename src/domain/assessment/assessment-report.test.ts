import { describe, expect, it } from 'vitest';
import { assessmentLine, assessmentMarkdown } from './assessment-report';
import { play, revealed, T0, MIN } from './assessment.fixture';

const saved = () => ({
  ...play(revealed(), [
    [
      {
        type: 'record-result',
        index: 0,
        result: {
          status: 'done',
          visible: { passed: 2, total: 2 },
          hidden: { passed: 3, total: 3 },
        },
      },
      T0 + 12 * MIN,
    ],
  ]),
  phase: 'saved' as const,
  savedAt: T0 + 13 * MIN,
});

describe('assessment report', () => {
  it('one line: problems solved and time used', () => {
    expect(assessmentLine(saved())).toMatch(/^1 of 2 problems solved · 10:00 of 1:00:00$/);
  });

  it('Markdown: per problem its tests, time, estimate with both questions, and code', () => {
    const md = assessmentMarkdown(saved(), (slug) => slug.toUpperCase());
    expect(md).toMatch(/^# Assessment, \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC\n/);
    expect(md).toContain('## 1. TWO-SUM (solved)');
    expect(md).toContain('- Visible tests: 2 of 2; hidden: 3 of 3');
    expect(md).toContain('## 2. GROUP-ANAGRAMS\n');
    expect(md).toContain('- Estimate: time O(n), space O(n)\n  - Time: Not scored yet');
    expect(md).toContain('  - Space: Not scored (space is not measured)');
    expect(md).not.toContain('against the reference');
    expect(md).toContain('```ts\nstart-2\n```');
  });
});
