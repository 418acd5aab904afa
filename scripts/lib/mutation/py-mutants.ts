import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { checkedCall } from '../jail/checked-call';
import { jailBundle } from '../jail/jail-bundle';
import type { Jail } from '../jail/spawn-jail';
import { pyodideSnapshot } from '../pyodide-snapshot';
import { pyodideDir, pythonNodeSandbox, spawnPythonJail } from '../python-node-sandbox';
import type { Mutant, MutationLanguage } from './mutant';
import { PY_MUTATOR } from './py-mutator-source';
import { lineStarts } from './source-text';

/** The mutator names the generator uses (Stryker's); a reply naming another is refused. */
export const PY_MUTATORS = [
  'ArithmeticOperator',
  'ArrayDeclaration',
  'AssignmentOperator',
  'BlockStatement',
  'BooleanLiteral',
  'ConditionalExpression',
  'EqualityOperator',
  'LogicalOperator',
  'MethodExpression',
  'ObjectLiteral',
  'StringLiteral',
  'UnaryOperator',
] as const;

const position = z.number().int().min(1);
/** What the jailed generator may answer: nothing beyond this shape is used. */
const generated = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    mutants: z
      .array(
        z.object({
          mutator: z.enum(PY_MUTATORS),
          line: position,
          column: position,
          endLine: position,
          endColumn: position,
          replacement: z.string().max(20_000),
        }),
      )
      .max(20_000),
  }),
  z.object({ ok: z.literal(false), error: z.string().max(4000) }),
]);

const REPLIES = { mutants: z.string().max(20_000_000), ping: z.literal('pong') } as const;
/** Parsing a reference takes milliseconds; a child that takes this long is stuck. */
const CALL_MS = 30_000;

let generator: Promise<Jail> | null = null;

/** The process's generator runtime, started on first use (it never runs any problem's code). */
function generatorJail(): Promise<Jail> {
  generator ??= (async () => {
    const bundle = jailBundle(
      fileURLToPath(new URL('../jail/py-mutator-harness.ts', import.meta.url)),
    );
    const jail = spawnPythonJail(bundle, await pyodideSnapshot(pyodideDir()));
    void jail.crashed.then(() => (generator = null));
    const early = await Promise.race([jail.ready.then(() => null), jail.crashed]);
    if (early !== null) throw new Error(`the Python mutant generator did not start: ${early}`);
    return jail;
  })();
  return generator;
}

async function generate(code: string): Promise<string> {
  const jail = await generatorJail();
  jail.hold(true);
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await Promise.race([
      checkedCall(jail, REPLIES, 'mutants', [code]),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          jail.kill();
          reject(new Error(`the Python mutant generator did not answer within ${CALL_MS} ms`));
        }, CALL_MS);
      }),
    ]);
  } finally {
    clearTimeout(timer);
    jail.hold(false);
  }
}

/**
 * The mutants a generator reply names, checked here on the trusted side: the reply must have
 * the expected shape, every range must lie inside the reference, and each mutant's code is
 * the reference with that range replaced (nothing else the child sends is used).
 */
export function spliceMutants(code: string, replyText: string): Mutant[] {
  let data: unknown;
  try {
    data = JSON.parse(replyText);
  } catch {
    throw new Error('the Python mutant generator sent a reply that is not JSON');
  }
  const parsed = generated.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `the Python mutant generator sent an invalid reply (${issue?.path.join('.') || 'reply'}: ${issue?.message})`,
    );
  }
  const reply = parsed.data;
  if (!reply.ok) throw new Error(`solution.py cannot be parsed: ${reply.error}`);
  const starts = lineStarts(code);
  const offset = (line: number, column: number) => {
    const start = starts[line - 1];
    const next = starts[line] ?? code.length + 1;
    if (start === undefined || start + column - 1 >= next)
      throw new Error(`the Python mutant generator named ${line}:${column}, outside solution.py`);
    return start + column - 1;
  };
  const mutants = reply.mutants.map((m): Mutant => {
    const from = offset(m.line, m.column);
    const to = offset(m.endLine, m.endColumn);
    if (to < from)
      throw new Error(
        `the Python mutant generator named a backward range ${m.line}:${m.column}-${m.endLine}:${m.endColumn}`,
      );
    return {
      ...m,
      original: code.slice(from, to),
      code: code.slice(0, from) + m.replacement + code.slice(to),
    };
  });
  return mutants.filter((m) => m.code !== code);
}

/**
 * Every mutant of a Python reference: the jailed generator (py-mutator-source.ts) names each
 * one as a range and a replacement; spliceMutants checks and applies them, as for JavaScript.
 */
export async function pyMutants(code: string): Promise<Mutant[]> {
  return spliceMutants(code, await generate(code));
}

const pyodideVersion = (
  JSON.parse(readFileSync(`${pyodideDir()}package.json`, 'utf8')) as { version: string }
).version;
const generatorHash = createHash('sha256').update(PY_MUTATOR).digest('hex').slice(0, 12);

export const python: MutationLanguage = {
  id: 'py',
  file: 'solution.py',
  runAs: 'py',
  // A change to the generator or to Python's parser can make new mutants: records go stale.
  generator: `python-ast-mutants@${generatorHash} pyodide@${pyodideVersion}`,
  reference: (problem) => problem.python?.solution,
  mutants: pyMutants,
  sandbox: pythonNodeSandbox,
};
