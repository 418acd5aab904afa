import { z } from 'zod';
import { parseJsonFile } from '../parse-json-file';

/** The file in a problem folder that records which known-wrong solutions are too slow. */
export const TIMEOUTS_FILE = 'timeouts.json';

const recordSchema = z
  .object({
    /** The wrong solution's name: `wrong/<name>.js`. */
    wrong: z
      .string()
      .regex(
        /^[\w.-]+$/,
        'must be the name of a file under wrong/ without ".js", e.g. "brute-force"',
      ),
    /** Hash of what decides the time-out: the wrong code, the tests, the specs, the checker, the entry, the budget. */
    fingerprint: z.string().regex(/^[0-9a-f]{64}$/, 'must be a sha-256 hex digest'),
    /** The budget it was given when recorded, and did not finish within (a multiple of the run budget). */
    ranMs: z.number().int().positive(),
  })
  .strict();

/** One list per language; only JavaScript's too-slow solutions are recorded. */
export const timeoutsFileSchema = z.object({ js: z.array(recordSchema).default([]) }).strict();

export type TimeoutRecord = z.infer<typeof recordSchema>;
export type TimeoutsFile = z.infer<typeof timeoutsFileSchema>;

/** Parses timeouts.json; errors name the file, the field and the reason. */
export const parseTimeoutsFile = (text: string, file: string): TimeoutsFile =>
  parseJsonFile(text, file, timeoutsFileSchema);

/** timeouts.json as validate writes it: one record per line, sorted by name, for readable diffs. */
export function formatTimeoutsFile(content: TimeoutsFile): string {
  const records = [...content.js].sort((a, b) => a.wrong.localeCompare(b.wrong));
  const lines = records.map((r) => `    ${JSON.stringify(r)}`);
  return `{\n  "js": [${lines.length ? `\n${lines.join(',\n')}\n  ` : ''}]\n}\n`;
}
