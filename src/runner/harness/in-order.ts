/**
 * Makes each call wait until the previous one has settled, so that calls sent without
 * waiting for their replies (the runner posts the code and every test case at once) still
 * run one at a time, in the order they were sent — also when user code is asynchronous.
 */
export function inOrder<T extends { [K in keyof T]: (...args: never[]) => Promise<unknown> }>(
  api: T,
): T {
  let last: Promise<unknown> = Promise.resolve();
  const ordered: Partial<T> = {};
  for (const key of Object.keys(api) as (keyof T)[]) {
    const method = api[key] as unknown as (...args: unknown[]) => Promise<unknown>;
    const queued = (...args: unknown[]) => {
      const call = last.then(() => method(...args));
      last = call.catch(() => undefined);
      return call;
    };
    ordered[key] = queued as unknown as T[keyof T];
  }
  return ordered as T;
}
