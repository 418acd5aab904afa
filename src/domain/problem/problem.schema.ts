import { z } from 'zod';
import { parseComplexity } from './complexity';
import type { ProblemHtml } from './problem-html';

/** How a JSON value is converted before it reaches user code (and back for results). */
export const shapeSchema = z.enum(['json', 'list', 'tree']);
export type Shape = z.infer<typeof shapeSchema>;

export const difficultySchema = z.enum(['easy', 'medium', 'hard']);
export type Difficulty = z.infer<typeof difficultySchema>;

const bigOText = z
  .string()
  .regex(/^O\(.+\)$/, 'must be written in Big-O notation, e.g. "O(n log n)"');

export const complexitySchema = z.object({
  time: bigOText,
  timeReason: z.string().min(10, 'give a one-line reason (at least 10 characters)'),
  space: bigOText,
  spaceReason: z.string().min(10, 'give a one-line reason (at least 10 characters)'),
  /**
   * The one-variable class the generator's inputs should show when `time` has several variables
   * (O(n·k) with k fixed by the generator is measured as O(n)); validate compares against it.
   */
  measuredAs: bigOText
    .refine((text) => {
      const cls = parseComplexity(text);
      return cls !== null && cls !== 'n!';
    }, 'must be one class a measurement can tell: O(1), O(log n), O(n), O(n log n), O(n²), O(n³) or O(2ⁿ)')
    .optional(),
  /** Why the measured growth may legitimately differ from `time` (e.g. input sizes too small). */
  measuredException: z.string().optional(),
});

const paramSchema = z.object({
  name: z.string().regex(/^[A-Za-z_$][\w$]*$/, 'must be a JavaScript identifier'),
  type: z.string().min(1),
  shape: shapeSchema.default('json'),
});

export const entrySchema = z.object({
  /** `function`: the user writes one function; `class`: a design problem driven by calls. */
  kind: z.enum(['function', 'class']).default('function'),
  name: z.string().regex(/^[A-Za-z_$][\w$]*$/, 'must be a JavaScript identifier'),
  params: z.array(paramSchema).default([]),
  returns: z.object({ type: z.string().min(1), shape: shapeSchema.default('json') }),
});

export const interviewerSchema = z.object({
  clarifications: z
    .array(z.object({ q: z.string().min(1), a: z.string().min(1) }))
    .min(1, 'list at least one likely clarifying question with its answer'),
  followUps: z.array(z.string().min(1)).min(1, 'list at least one follow-up question'),
  rubric: z.array(z.string().min(1)).min(1, 'list at least one rubric note'),
});

/** The YAML front matter of `problem.md`. */
export const frontMatterSchema = z.object({
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case'),
  title: z.string().min(1),
  difficulty: difficultySchema,
  tags: z.array(z.string().regex(/^[a-z0-9-]+$/, 'tags are kebab-case')).min(1),
  timeLimitMinutes: z.number().int().min(5).max(120),
  /** Per-run time budget for the worker; defaults to 2000 ms. */
  runBudgetMs: z.number().int().min(200).max(20000).optional(),
  entry: entrySchema,
  complexity: complexitySchema,
  hints: z.array(z.string().min(1)).min(2, 'give at least 2 progressive hints'),
  interviewer: interviewerSchema,
  explanation: z.string().min(20, 'explain the reference solution in a few sentences'),
});
export type FrontMatter = z.infer<typeof frontMatterSchema>;

export const compareSchema = z.union([
  z.enum(['exact', 'unordered', 'unordered-deep', 'checker']),
  z.object({ tolerance: z.number().positive() }),
]);
export type Compare = z.infer<typeof compareSchema>;

const caseSchema = z.object({
  name: z.string().min(1),
  /** Function problems: the argument list. Class problems: `[[method, ...args], ...]`, constructor first. */
  args: z.array(z.unknown()),
  expected: z.unknown(),
  hidden: z.boolean().default(false),
  compare: compareSchema.optional(),
});
export type TestCaseData = z.infer<typeof caseSchema>;

/** `tests.json`. */
export const testsFileSchema = z.object({
  compare: compareSchema.default('exact'),
  cases: z.array(caseSchema).default([]),
});

/** One problem with every file loaded: what the app and the CLI work from. */
export const problemSchema = frontMatterSchema.extend({
  statement: z.string().min(20, 'the statement is empty'),
  starter: z.object({ js: z.string().min(1), ts: z.string().min(1) }),
  tests: testsFileSchema,
  /** Jest-style spec sources (visible and hidden). */
  spec: z.object({ visible: z.string().optional(), hidden: z.string().optional() }),
  solution: z.string().min(1),
  wrong: z
    .array(z.object({ name: z.string(), code: z.string().min(1) }))
    .min(1, 'add at least one known-wrong solution under wrong/'),
  generator: z.string().min(1),
  checker: z.string().optional(),
  /** Python files (starter.py, solution.py, wrong/*.py): present on problems that Python can run. */
  python: z
    .object({
      starter: z.string().min(1),
      solution: z.string().min(1),
      wrong: z
        .array(z.object({ name: z.string(), code: z.string().min(1) }))
        .min(1, 'add at least one known-wrong Python solution under wrong/ (wrong/<name>.py)'),
    })
    .optional(),
});
/**
 * A parsed problem: its validated files plus the statement and explanation as HTML (rendered
 * by parseProblem, so at build time for the app).
 */
export type Problem = z.infer<typeof problemSchema> & { html: ProblemHtml };
export type ProblemSummary = Pick<
  Problem,
  'slug' | 'title' | 'difficulty' | 'tags' | 'timeLimitMinutes'
>;
