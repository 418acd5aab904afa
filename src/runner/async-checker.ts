import type { Verdict } from '../domain/judge/compare';

/**
 * checker.js run somewhere other than the judging realm (the CLI runs it in a
 * jailed process). Resolves true, false or a reason; rejects when the checker
 * itself fails (throws, hangs, does not load).
 */
export type AsyncChecker = ((
  args: unknown[],
  actual: unknown,
  expected: unknown,
) => Promise<boolean | string>) & { readonly async: true };

export function isAsyncChecker(checker: unknown): checker is AsyncChecker {
  return typeof checker === 'function' && (checker as { async?: unknown }).async === true;
}

/** The verdict of an out-of-realm checker; its own failure fails the test and names checker.js. */
export async function checkAsync(
  checker: AsyncChecker,
  args: unknown[],
  actual: unknown,
  expected: unknown,
): Promise<Verdict> {
  try {
    const verdict = await checker(args, actual, expected);
    if (verdict === true) return { pass: true };
    return verdict === false ? { pass: false } : { pass: false, reason: String(verdict) };
  } catch (error) {
    const message = String((error as Error)?.message ?? error);
    return {
      pass: false,
      reason: message.startsWith('checker.js') ? message : `checker.js failed: ${message}`,
    };
  }
}
