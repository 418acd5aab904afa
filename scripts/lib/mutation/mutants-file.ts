import { z } from 'zod';
import { parseJsonFile } from '../parse-json-file';

/** The file in a problem folder that declares equivalent mutants and records the last run. */
export const MUTANTS_FILE = 'mutants.json';

const at = z
  .string()
  .regex(
    /^\d+:\d+-\d+:\d+$/,
    'must be the range "line:column-line:column" of the mutant in the reference, e.g. "5:21-5:36"',
  );

const keySchema = z.object({
  at,
  mutator: z.string().min(1, 'name the mutator, as npm run mutate prints it'),
  replacement: z.string(),
});

const declarationSchema = keySchema.extend({
  reason: z
    .string()
    .min(10, 'say in one line why no valid input can tell this mutant apart')
    .refine((text) => !text.includes('\n'), 'must be one line'),
});

const recordSchema = z.object({
  /** Hash of what decides the outcome: the reference, the tests, the specs, the checker, the generator version. */
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/, 'must be a sha-256 hex digest'),
  killed: z.number().int().min(0),
  total: z.number().int().min(0),
  survivors: z.array(keySchema),
});

const languageSectionSchema = z
  .object({
    /** Survivors that behave like the reference on every valid input, each with its reason. */
    equivalent: z.array(declarationSchema).default([]),
    /** Written by `npm run mutate -- --write`: what the last full run found. */
    record: recordSchema.optional(),
  })
  .strict();

/** One section per language whose reference is mutated (py is reserved for Python references). */
export const mutantsFileSchema = z
  .object({ js: languageSectionSchema.optional(), py: languageSectionSchema.optional() })
  .strict();

export type Declaration = z.infer<typeof declarationSchema>;
export type MutationRecord = z.infer<typeof recordSchema>;
export type LanguageSection = z.infer<typeof languageSectionSchema>;
export type MutantsFile = z.infer<typeof mutantsFileSchema>;

/** Parses mutants.json; errors name the file, the field and the reason. */
export const parseMutantsFile = (text: string, file: string): MutantsFile =>
  parseJsonFile(text, file, mutantsFileSchema);

/** JSON with objects spread over lines but each array item on one line, for readable diffs. */
function pretty(value: unknown, indent: string): string {
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => `${inner}${JSON.stringify(v)}`).join(',\n')}\n${indent}]`;
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    const body = entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${pretty(v, inner)}`);
    return `{\n${body.join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}

/** mutants.json as the tool writes it (two-space JSON, one survivor or declaration per line). */
export function formatMutantsFile(content: MutantsFile): string {
  return `${pretty(content, '')}\n`;
}
