import { describe, expect, it } from 'vitest';
import { problemFixtureFiles } from './problem.fixture';
import { parseProblem } from '../domain/problem/parse-problem';
import { joinProblem, splitProblem } from '../domain/problem/problem-parts';

describe('splitProblem / joinProblem', () => {
  it('keeps hidden cases, the hidden spec and the reference out of the page, and joins back', () => {
    const files = problemFixtureFiles({ slug: 'add-two', title: 'Add Two' });
    files['tests.json'] = JSON.stringify({
      cases: [
        { name: 'shown', args: [1, 2], expected: 3 },
        { name: 'secret', args: [5, 5], expected: 10, hidden: true },
        { name: 'shown too', args: [0, 0], expected: 0 },
      ],
    });
    files['spec.hidden.js'] = "test('secret spec', () => {});";
    const problem = parseProblem('problems/add-two', files);
    const { page, rest } = splitProblem(problem);
    expect(page.tests.cases.map((c) => c.name)).toEqual(['shown', 'shown too']);
    expect(JSON.stringify(page)).not.toContain('secret');
    expect(page).not.toHaveProperty('solution');
    expect(page).not.toHaveProperty('generator');
    expect(page).not.toHaveProperty('wrong');
    expect(joinProblem(page, rest)).toEqual(problem);
  });

  it('keeps solution.py and wrong/*.py out of the page, starter.py in it, and joins back', () => {
    const files = problemFixtureFiles({ slug: 'add-two', title: 'Add Two' });
    files['starter.py'] = 'def add_two(a, b):\n    pass\n';
    files['solution.py'] = 'def add_two(a, b):\n    return a + b  # reference\n';
    files['wrong/minus.py'] = 'def add_two(a, b):\n    return a - b  # known wrong\n';
    const problem = parseProblem('problems/add-two', files);
    expect(problem.python).toBeDefined();
    const { page, rest } = splitProblem(problem);
    expect(page.python).toEqual({ starter: 'def add_two(a, b):\n    pass\n' });
    expect(JSON.stringify(page)).not.toContain('# reference');
    expect(JSON.stringify(page)).not.toContain('# known wrong');
    expect(joinProblem(page, rest)).toEqual(problem);
  });
});
