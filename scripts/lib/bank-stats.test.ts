import { describe, expect, it } from 'vitest';
import { formatStats } from './bank-stats';

describe('formatStats', () => {
  it('counts problems per pattern and difficulty, tests per problem and the totals', () => {
    const text = formatStats([
      {
        slug: 'two-sum',
        difficulty: 'easy',
        tags: ['arrays-hashing'],
        visible: 3,
        hidden: 9,
        killed: 11,
        mutants: 12,
        pyKilled: 9,
        pyMutants: 10,
      },
      {
        slug: 'lru-cache',
        difficulty: 'medium',
        tags: ['javascript', 'arrays-hashing'],
        visible: 3,
        hidden: 6,
      },
    ]);
    expect(text).toMatch(/arrays-hashing\s+2\s+1\s+1\s+0/);
    expect(text).toMatch(/javascript\s+1\s+0\s+1\s+0/);
    expect(text).toMatch(/easy\s+1\s+50 %/);
    expect(text).toMatch(/two-sum\s+easy\s+3\s+9\s+12\s+11\/12\s+91 %\s+9\/10\s+90 %/);
    expect(text).toMatch(/lru-cache\s+medium\s+3\s+6\s+9\s+–\s+–\s+–\s+–/);
    expect(text).toContain(
      'Total: 2 problems, 21 tests, 11/12 mutants killed (91 %), Python 9/10 (90 %)',
    );
  });
});
