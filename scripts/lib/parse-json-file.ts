import type { ZodType } from 'zod';

/** Parses a JSON data file against its schema; errors name the file, the field and the reason. */
export function parseJsonFile<T>(text: string, file: string, schema: ZodType<T>): T {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: (root): invalid JSON: ${(error as Error).message}`, { cause: error });
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    const issues = result.error.issues.map(
      (issue) => `${issue.path.length ? issue.path.join('.') : '(root)'}: ${issue.message}`,
    );
    throw new Error(`${file}: ${issues.join('; ')}`);
  }
  return result.data;
}
