import { describe, expect, it } from 'vitest';
import { mutantDiff } from './format-mutant';
import { keyOf } from './mutant';
import { pyMutants, spliceMutants } from './py-mutants';

/** Each mutant as "range mutator replacement", in the generator's order. */
const listed = async (code: string) =>
  (await pyMutants(code)).map((m) => {
    const k = keyOf(m);
    return `${k.at} ${k.mutator} ${k.replacement}`;
  });

// One Pyodide start for the file (the generator runtime is kept), then milliseconds a call.
describe('pyMutants (Python ast in a jailed Pyodide)', { timeout: 60_000 }, () => {
  it('flips comparisons, makes conditions constant and empties blocks, at Stryker-style ranges', async () => {
    expect(await listed('def f(a, b):\n    return a < b\n')).toEqual([
      '2:5-2:17 BlockStatement pass',
      '2:12-2:17 ConditionalExpression False',
      '2:12-2:17 ConditionalExpression True',
      '2:12-2:17 EqualityOperator a <= b',
      '2:12-2:17 EqualityOperator a >= b',
    ]);
  });

  it('swaps arithmetic, augmented assignment and unary operators, but not string concatenation', async () => {
    const code = "def f(a, b):\n    x = a * b\n    x += a // b\n    return -x + ('s' + 't')\n";
    expect(await listed(code)).toEqual([
      '2:5-4:28 BlockStatement pass',
      '2:9-2:14 ArithmeticOperator a / b',
      '3:5-3:16 AssignmentOperator x -= a // b',
      '3:10-3:16 ArithmeticOperator a * b',
      '4:12-4:14 UnaryOperator +x',
      "4:12-4:28 ArithmeticOperator -x - ('s' + 't')",
      '4:18-4:21 StringLiteral ""',
      '4:24-4:27 StringLiteral ""',
    ]);
  });

  it('swaps and/or one operator at a time, drops not, and only makes a while test false', async () => {
    const code =
      'def f(a, b, c):\n    while a and not b or c:\n        a = False\n    return [x for x in b if x in c]\n';
    expect(await listed(code)).toEqual([
      '2:5-4:36 BlockStatement pass',
      '2:11-2:22 ConditionalExpression False',
      '2:11-2:22 ConditionalExpression True',
      '2:11-2:22 LogicalOperator a or not b',
      '2:11-2:27 ConditionalExpression False',
      '2:11-2:27 LogicalOperator a and not b and c',
      '2:17-2:22 BooleanLiteral b',
      '3:9-3:18 BlockStatement pass',
      '3:13-3:18 BooleanLiteral True',
      '4:29-4:35 ConditionalExpression False',
      '4:29-4:35 ConditionalExpression True',
      '4:29-4:35 EqualityOperator x not in c',
    ]);
  });

  it('mutates literals and method twins, each elif and else once, never a docstring or annotation', async () => {
    const code = [
      'def f(a: "list[int]") -> "int":',
      '    """Doc."""',
      '    if a:',
      '        return min(sorted(a))',
      '    elif a is None:',
      '        return {"k": []}',
      '    else:',
      '        return f"{a}".upper()',
      '',
    ].join('\n');
    expect(await listed(code)).toEqual([
      '2:5-8:30 BlockStatement pass',
      '3:8-3:9 ConditionalExpression False',
      '3:8-3:9 ConditionalExpression True',
      '4:9-4:30 BlockStatement pass',
      '4:16-4:30 MethodExpression max(sorted(a))',
      '4:20-4:29 MethodExpression a',
      '5:10-5:19 ConditionalExpression False',
      '5:10-5:19 ConditionalExpression True',
      '5:10-5:19 EqualityOperator a is not None',
      '6:9-6:25 BlockStatement pass',
      '6:16-6:25 ObjectLiteral {}',
      '6:17-6:20 StringLiteral ""',
      '6:22-6:24 ArrayDeclaration ["Stryker was here"]',
      '8:9-8:30 BlockStatement pass',
      '8:16-8:22 StringLiteral ""',
      '8:16-8:30 MethodExpression f"{a}".lower()',
    ]);
  });

  it('counts columns in UTF-16 units and splices each mutant into the reference', async () => {
    const code = 'def f(a, b):\n    return ("😀", a < b)\n';
    const mutants = await pyMutants(code);
    const flipped = mutants.find((m) => m.replacement === 'a <= b');
    expect(flipped && keyOf(flipped).at).toBe('2:19-2:24');
    expect(flipped?.original).toBe('a < b');
    expect(flipped?.code).toBe(code.replace('a < b', 'a <= b'));
    expect(flipped && mutantDiff(flipped, code, 'solution.py')).toBe(
      [
        'solution.py:2:19-2:24 EqualityOperator',
        '-     return ("😀", a < b)',
        '+     return ("😀", a <= b)',
      ].join('\n'),
    );
    for (const m of mutants) expect(m.code).not.toBe(code);
  });

  it('names a reference that does not parse', async () => {
    await expect(pyMutants('def f(:\n')).rejects.toThrow(
      /^solution\.py cannot be parsed: SyntaxError/,
    );
  });
});

describe('spliceMutants (the trusted side of the generator)', () => {
  const code = 'def f(a, b):\n    return a < b\n';
  const reply = (mutants: unknown[]) => JSON.stringify({ ok: true, mutants });
  const flip = {
    mutator: 'EqualityOperator',
    line: 2,
    column: 12,
    endLine: 2,
    endColumn: 17,
    replacement: 'a <= b',
  };

  it('applies a well-formed reply', () => {
    expect(spliceMutants(code, reply([flip]))).toEqual([
      { ...flip, original: 'a < b', code: code.replace('a < b', 'a <= b') },
    ]);
  });

  it('refuses a reply that names a range outside the reference, a backward range or an unknown mutator', () => {
    expect(() => spliceMutants(code, reply([{ ...flip, line: 9 }]))).toThrow(
      'the Python mutant generator named 9:12, outside solution.py',
    );
    expect(() => spliceMutants(code, reply([{ ...flip, endColumn: 40 }]))).toThrow(
      'the Python mutant generator named 2:40, outside solution.py',
    );
    expect(() => spliceMutants(code, reply([{ ...flip, endColumn: 5 }]))).toThrow(
      /backward range 2:12-2:5/,
    );
    expect(() => spliceMutants(code, reply([{ ...flip, mutator: 'Anything' }]))).toThrow(
      /invalid reply \(mutants\.0\.mutator: /,
    );
    expect(() => spliceMutants(code, '{"ok": true, "mutants": "all"}')).toThrow(/invalid reply/);
    expect(() => spliceMutants(code, 'pong')).toThrow(/not JSON/);
  });
});
