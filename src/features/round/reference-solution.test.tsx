// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ReferenceSolution } from './reference-solution';

const problem = {
  solution: 'function twoSum(nums, target) { return []; }',
  python: {
    starter: 'def two_sum(nums, target):\n    pass\n',
    solution: 'def two_sum(nums, target):\n    return []\n',
    wrong: [{ name: 'w', code: 'def two_sum(nums, target):\n    return None\n' }],
  },
  html: { statement: '', explanation: '<p>Keep a map of values seen so far.</p>' },
  interviewer: { clarifications: [], rubric: ['uses a map'], followUps: ['sorted input?'] },
};

describe('ReferenceSolution', () => {
  it('shows solution.py in a Python round', () => {
    render(<ReferenceSolution problem={problem} language="py" />);
    expect(screen.getByRole('heading', { name: 'Reference solution (Python)' })).toBeVisible();
    expect(screen.getByText('Keep a map of values seen so far.').tagName).toBe('P');
    expect(screen.getByLabelText('Reference solution code')).toHaveTextContent(
      'def two_sum(nums, target): return []',
    );
  });

  it('shows solution.js in a JavaScript or TypeScript round, and where a problem has no Python', () => {
    const { rerender } = render(<ReferenceSolution problem={problem} language="ts" />);
    expect(screen.getByLabelText('Reference solution code')).toHaveTextContent('function twoSum');
    rerender(<ReferenceSolution problem={{ ...problem, python: undefined }} language="py" />);
    expect(screen.getByRole('heading', { name: 'Reference solution (JavaScript)' })).toBeVisible();
    expect(screen.getByLabelText('Reference solution code')).toHaveTextContent('function twoSum');
  });
});
