import { checkGeneratedArgs } from '../generator/run-generator';
import type { Problem } from './problem.schema';

import { CUSTOM_INPUT_MAX_CHARS, type CustomCase } from './custom-case.schema';

export {
  CUSTOM_CASES_MAX,
  CUSTOM_INPUT_MAX_CHARS,
  customCaseSchema,
  customCasesSchema,
  type CustomCase,
} from './custom-case.schema';

type Entry = Problem['entry'];

function describeJson(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** "A | B" → ["A", "B"], leaving bars inside parentheses or angle brackets alone. */
function splitTopLevel(type: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < type.length; i += 1) {
    const ch = type[i];
    if (ch === '(' || ch === '<') depth += 1;
    else if (ch === ')' || ch === '>') depth -= 1;
    else if (ch === '|' && depth === 0) {
      parts.push(type.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(type.slice(start).trim());
  return parts;
}

/**
 * Whether a JSON value fits a parameter's declared type, for the types problems use
 * (number, string, boolean, T[] of those, "X | null", ListNode/TreeNode as arrays).
 * Types it does not know (unknown, T, functions…) accept any JSON.
 */
export function typeMismatch(value: unknown, type: string): string | null {
  const text = type.trim();
  const union = splitTopLevel(text);
  if (union.length > 1) {
    if (union.includes('null') && value === null) return null;
    const others = union.filter((part) => part !== 'null');
    const first = others.map((part) => typeMismatch(value, part));
    return first.some((m) => m === null) ? null : (first[0] ?? null);
  }
  if (text === 'ListNode' || text === 'TreeNode') return typeMismatch(value, '(number | null)[]');
  const array = /^(.+)\[\]$/.exec(text) ?? /^\((.+)\)\[\]$/.exec(text);
  if (array) {
    if (!Array.isArray(value)) return `expected ${text}, got ${describeJson(value)}`;
    const inner = (array[1] as string).replace(/^\((.*)\)$/, '$1');
    for (let i = 0; i < value.length; i += 1) {
      const wrong = typeMismatch(value[i], inner);
      if (wrong) return `item ${i}: ${wrong}`;
    }
    return null;
  }
  if (text === 'number' || text === 'string' || text === 'boolean') {
    return typeof value === text ? null : `expected a ${text}, got ${describeJson(value)}`;
  }
  return null;
}

export type ParsedInput = { ok: true; args: unknown[] } | { ok: false; message: string };

/**
 * Reads the editor's fields (one JSON text per parameter) into arguments, refusing
 * what is not JSON, the wrong number of fields, a value of the wrong type, a shape the
 * problem's own generator checks refuse, or more than CUSTOM_INPUT_MAX_CHARS.
 */
export function parseCustomInput(entry: Entry, fields: readonly string[]): ParsedInput {
  if (entry.kind !== 'function')
    return { ok: false, message: 'Custom cases are for function problems only.' };
  if (fields.length !== entry.params.length) {
    return {
      ok: false,
      message: `${entry.name} takes ${entry.params.length} arguments; got ${fields.length}.`,
    };
  }
  const size = fields.reduce((sum, field) => sum + field.length, 0);
  if (size > CUSTOM_INPUT_MAX_CHARS) {
    return {
      ok: false,
      message: `The input is ${size.toLocaleString('en')} characters; custom cases are limited to ${CUSTOM_INPUT_MAX_CHARS.toLocaleString('en')}.`,
    };
  }
  const args: unknown[] = [];
  for (let i = 0; i < fields.length; i += 1) {
    const param = entry.params[i] as Entry['params'][number];
    const text = (fields[i] as string).trim();
    if (text === '') return { ok: false, message: `${param.name}: enter a JSON value.` };
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      return { ok: false, message: `${param.name}: not valid JSON (${(error as Error).message}).` };
    }
    const wrong = typeMismatch(value, param.type);
    if (wrong) return { ok: false, message: `${param.name}: ${wrong} (${param.type}).` };
    args.push(value);
  }
  const refused = checkGeneratedArgs(entry, args);
  if (refused) return { ok: false, message: refused };
  return { ok: true, args };
}

/** How a custom case is named in the results ("Custom 1"…), apart from the problem's cases. */
export const customCaseName = (index: number) => `Custom ${index + 1}`;

/** The problem's visible cases followed by the candidate's own, for a Run. */
export function withCustomCases<P extends Pick<Problem, 'tests'>>(
  problem: P,
  cases: readonly CustomCase[],
): P {
  if (cases.length === 0) return problem;
  const custom = cases.map((c, i) => ({
    name: customCaseName(i),
    args: c.args,
    expected: c.expected,
    hidden: false,
  }));
  return { ...problem, tests: { ...problem.tests, cases: [...problem.tests.cases, ...custom] } };
}
