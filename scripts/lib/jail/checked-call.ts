import type { z } from 'zod';
import type { Jail } from './spawn-jail';

/**
 * Calls a jailed method and checks the reply against its schema. A reply that
 * does not fit kills the child and rejects: the run ends as a crash, never as
 * whatever the child claimed.
 */
export async function checkedCall<T extends Record<string, z.ZodType>, K extends keyof T & string>(
  jail: Jail,
  schemas: T,
  method: K,
  args: unknown[] = [],
): Promise<z.output<T[K]>> {
  const schema = schemas[method] as T[K];
  const value = await jail.call(method, args);
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    jail.kill();
    const issue = parsed.error.issues[0];
    throw new Error(
      `the sandbox sent an invalid reply to ${method} (${issue?.path.join('.') || 'reply'}: ${issue?.message})`,
    );
  }
  return parsed.data as z.output<T[K]>;
}
