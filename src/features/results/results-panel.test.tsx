// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RunReport, TestResult } from '../../runner/run-report';
import { ResultsPanel } from './results-panel';

function test(
  overrides: Partial<TestResult> & Pick<TestResult, 'id' | 'name' | 'status'>,
): TestResult {
  return { hidden: false, ms: 0.4, ...overrides };
}

function report(overrides: Partial<RunReport> = {}): RunReport {
  const tests = overrides.tests ?? [];
  return {
    mode: 'run',
    status: 'done',
    tests,
    passed: tests.filter((t) => t.status === 'pass').length,
    failed: tests.filter((t) => t.status !== 'pass').length,
    totalMs: 12,
    budgetMs: 2000,
    ...overrides,
  };
}

const item = (name: string) => screen.getByRole('heading', { name }).closest('li') as HTMLElement;

describe('ResultsPanel', () => {
  it('is a region named Results with an empty live status before any run', () => {
    render(<ResultsPanel report={undefined} running={false} />);
    expect(screen.getByRole('region', { name: 'Results' })).toBeInTheDocument();
    const status = screen.getByRole('status');
    expect(status).toHaveAttribute('aria-live', 'polite');
    expect(status).toHaveTextContent('Run your code to see results.');
  });

  it('announces progress while running', () => {
    render(<ResultsPanel report={report()} running />);
    expect(screen.getByRole('status')).toHaveTextContent('Running tests…');
    expect(screen.queryByRole('list', { name: 'Test results' })).not.toBeInTheDocument();
  });

  it('shows a passing test with its badge text, input and duration', () => {
    const r = report({
      tests: [
        test({
          id: 'a',
          name: 'example 1',
          status: 'pass',
          input: 'nums = [2,7], target = 9',
          expected: '[0,1]',
          actual: '[0,1]',
          ms: 1.25,
        }),
      ],
    });
    render(<ResultsPanel report={r} running={false} />);
    expect(screen.getByRole('status')).toHaveTextContent(
      '1 passed, 0 failed · Hidden tests run on Submit.',
    );
    const li = item('example 1');
    expect(within(li).getByText('Passed')).toBeInTheDocument();
    expect(within(li).getByText('nums = [2,7], target = 9')).toBeInTheDocument();
    expect(within(li).getByText('1.3 ms')).toBeInTheDocument();
    expect(li.querySelectorAll('mark')).toHaveLength(0);
  });

  it('diffs expected against actual with whitespace made visible', () => {
    const r = report({
      tests: [
        test({
          id: 'b',
          name: 'spaces',
          status: 'fail',
          expected: '"a b"',
          actual: '"a  b\t"',
          reason: 'values differ',
        }),
      ],
    });
    render(<ResultsPanel report={r} running={false} />);
    const li = item('spaces');
    expect(within(li).getByText('Failed')).toBeInTheDocument();
    expect(within(li).getByTestId('expected')).toHaveTextContent('"a·b"');
    const actual = within(li).getByTestId('actual');
    expect(actual.textContent).toBe('"a··b→"');
    const marked = [...actual.querySelectorAll('mark')].map((m) => m.textContent).join('');
    expect(marked).toBe('·→');
    expect(within(li).getByText('values differ')).toBeInTheDocument();
  });

  it('shows a runtime error with its location and the console output with the truncation notice', () => {
    const r = report({
      tests: [
        test({
          id: 'c',
          name: 'throws',
          status: 'error',
          error: {
            kind: 'runtime',
            name: 'TypeError',
            message: 'x is undefined',
            location: { line: 4, column: 9 },
          },
          console: {
            lines: [{ level: 'log', text: 'debug 1' }],
            truncated: '120 more lines were dropped',
          },
        }),
      ],
    });
    render(<ResultsPanel report={r} running={false} />);
    const li = item('throws');
    expect(within(li).getByText('Error')).toBeInTheDocument();
    expect(
      within(li).getByText('TypeError: x is undefined (line 4, column 9)'),
    ).toBeInTheDocument();
    expect(within(li).getByText('debug 1')).toBeInTheDocument();
    expect(within(li).getByText('120 more lines were dropped')).toBeInTheDocument();
  });

  it("shows a Python error's traceback, the user's frames only as the runner gave it", () => {
    const traceback = [
      'Traceback (most recent call last):',
      '  File "solution.py", line 3, in two_sum',
      '    return nums[9]',
      'IndexError: list index out of range',
    ].join('\n');
    const r = report({
      tests: [
        test({
          id: 'p',
          name: 'indexes',
          status: 'error',
          error: {
            kind: 'runtime',
            name: 'IndexError',
            message: 'list index out of range',
            location: { line: 3, column: 12 },
            traceback,
          },
        }),
      ],
    });
    render(<ResultsPanel report={r} running={false} />);
    const li = item('indexes');
    expect(within(li).getByText('Traceback')).toBeInTheDocument();
    const shown = within(li).getByText(/Traceback \(most recent call last\)/);
    expect(shown.textContent).toBe(traceback);
  });

  it('shows a compile error banner with line and column', () => {
    const r = report({
      status: 'compile-error',
      loadError: {
        kind: 'compile',
        name: 'SyntaxError',
        message: 'Unexpected token',
        location: { line: 3, column: 14 },
      },
      failed: 2,
    });
    render(<ResultsPanel report={r} running={false} />);
    expect(screen.getByRole('heading', { name: 'Compile error' })).toBeInTheDocument();
    expect(screen.getByText(/Unexpected token/)).toHaveTextContent(
      'SyntaxError: Unexpected token — line 3, column 14',
    );
    expect(screen.getByRole('status')).toHaveTextContent('0 passed, 2 failed');
  });

  it('gives tests that never ran a "Not run" badge and no duration', () => {
    render(
      <ResultsPanel
        report={report({
          status: 'compile-error',
          tests: [test({ id: 'n', name: 'never', status: 'not-run', ms: 0 })],
        })}
        running={false}
      />,
    );
    const li = item('never');
    expect(within(li).getByText('Not run')).toBeInTheDocument();
    expect(within(li).queryByText(/ms$/)).not.toBeInTheDocument();
  });

  it.each([
    ['timeout', 'Time budget exceeded'],
    ['stopped', 'Run stopped'],
    ['crashed', 'The runner crashed'],
  ] as const)('explains a %s run', (status, heading) => {
    render(<ResultsPanel report={report({ status })} running={false} />);
    expect(screen.getByRole('heading', { name: heading })).toBeInTheDocument();
  });

  it('redacts hidden tests to name and verdict, keeping a timeout reason', () => {
    const r = report({
      mode: 'submit',
      tests: [
        test({ id: 'h1', name: 'hidden 1', status: 'fail', hidden: true }),
        test({
          id: 'h2',
          name: 'hidden 2',
          status: 'timeout',
          hidden: true,
          reason: 'exceeded the 2000 ms budget',
        }),
      ],
    });
    render(<ResultsPanel report={r} running={false} />);
    expect(screen.getByRole('status')).toHaveTextContent('0 passed, 2 failed');
    expect(screen.getByRole('status')).not.toHaveTextContent('Hidden tests run on Submit');
    const first = item('hidden 1');
    expect(within(first).getByText('Failed')).toBeInTheDocument();
    expect(within(first).getByText('Hidden')).toBeInTheDocument();
    expect(within(first).queryByText('Expected')).not.toBeInTheDocument();
    expect(within(first).queryByText('Input')).not.toBeInTheDocument();
    const second = item('hidden 2');
    expect(within(second).getByText('Timed out')).toBeInTheDocument();
    expect(within(second).getByText('exceeded the 2000 ms budget')).toBeInTheDocument();
  });
});
