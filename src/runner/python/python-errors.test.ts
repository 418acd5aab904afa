import { describe, expect, it } from 'vitest';
import { toErrorInfo, type PyFrame } from './python-errors';

const frame = (file: string, line: number, name: string, source = ''): PyFrame => ({
  file,
  line,
  column: 5,
  name,
  source,
});

describe('toErrorInfo', () => {
  it("keeps only the user's frames and locates the error at the last of them", () => {
    const info = toErrorInfo({
      kind: 'runtime',
      name: 'IndexError',
      message: 'list index out of range',
      frames: [
        frame('<mockround>', 120, 'run_case', 'value = _call(args)'),
        frame('<mockround>', 100, '_call', 'return entry(*adapted)'),
        frame('solution.py', 2, 'two_sum', 'return helper(nums)'),
        frame('solution.py', 5, 'helper', 'return nums[10]'),
      ],
    });
    expect(info.location).toEqual({ line: 5, column: 5 });
    expect(info.traceback).toBe(
      [
        'Traceback (most recent call last):',
        '  File "solution.py", line 2, in two_sum',
        '    return helper(nums)',
        '  File "solution.py", line 5, in helper',
        '    return nums[10]',
        'IndexError: list index out of range',
      ].join('\n'),
    );
    expect(info.traceback).not.toContain('mockround');
    expect(info).not.toHaveProperty('frames');
  });

  it('folds a deep recursion into a repeat count', () => {
    const frames = Array.from({ length: 1000 }, () =>
      frame('solution.py', 3, 'f', 'return f(n + 1)'),
    );
    const text = toErrorInfo({ kind: 'runtime', name: 'RecursionError', message: 'deep', frames })
      .traceback as string;
    expect(text.match(/File "solution.py"/g)).toHaveLength(3);
    expect(text).toContain('[Previous line repeated 997 more times]');
  });

  it('keeps a syntax error location and adds no traceback when no user frame is known', () => {
    const info = toErrorInfo({
      kind: 'compile',
      name: 'IndentationError',
      message: 'expected an indented block',
      location: { line: 2, column: 1 },
      frames: [],
    });
    expect(info).toEqual({
      kind: 'compile',
      name: 'IndentationError',
      message: 'expected an indented block',
      location: { line: 2, column: 1 },
    });
  });
});
