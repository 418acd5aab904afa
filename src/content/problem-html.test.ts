import { describe, expect, it } from 'vitest';
import { problemFixtureFiles } from './problem.fixture';
import { parseProblem } from '../domain/problem/parse-problem';

const files = problemFixtureFiles({ slug: 'add-two', title: 'Add Two' });

describe('a parsed problem’s HTML', () => {
  it('renders the statement and the explanation from their Markdown', () => {
    const problem = parseProblem('problems/add-two', {
      ...files,
      'problem.md': `${files['problem.md']}\n## Example\n\n\`addTwo(1, 2)\` is **3**.\n`,
    });
    expect(problem.html.statement).toContain('<h2>Example</h2>');
    expect(problem.html.statement).toContain('<code>addTwo(1, 2)</code> is <strong>3</strong>');
    expect(problem.html.explanation).toBe(
      '<p>Return a + b; JavaScript numbers add exactly for small integers.</p>',
    );
  });

  it('encodes raw HTML and drops script links in a hostile pack', () => {
    const problem = parseProblem('problems/add-two', {
      ...files,
      'problem.md': files['problem.md']!.replace(
        'Given two integers',
        '<script>alert(1)</script> [x](javascript:alert(2)) Given two integers',
      ),
    });
    expect(problem.html.statement).not.toMatch(/<script|href="javascript:/i);
    expect(problem.html.statement).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
