import { describe, expect, it } from 'vitest';
import { readQuery, toFilter, writeQuery } from './history-query';

describe('history query', () => {
  it('round-trips through the URL and leaves empty fields out', () => {
    const query = readQuery(new URLSearchParams('problem=two-sum&mode=timed&from=2024-01-01'));
    expect(query).toEqual({
      problem: 'two-sum',
      pattern: '',
      mode: 'timed',
      outcome: '',
      from: '2024-01-01',
      to: '',
    });
    expect(writeQuery(query).toString()).toBe('problem=two-sum&mode=timed&from=2024-01-01');
  });

  it('makes "to" inclusive and drops malformed values', () => {
    const filter = toFilter(
      readQuery(new URLSearchParams('to=2024-01-02&from=yesterday&mode=fast&outcome=partial')),
    );
    expect(filter).toEqual({ to: Date.UTC(2024, 0, 3), outcome: 'partial' });
  });
});
