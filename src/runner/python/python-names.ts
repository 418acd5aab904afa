/**
 * Python names for the problem's JavaScript names: `twoSum` → `two_sum`,
 * `lengthOfLIS` → `length_of_lis`, `addNum` → `add_num`. Class names stay as they are.
 */
export function snakeCase(name: string): string {
  return name
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .replace(/([a-z\d])([A-Z])/g, '$1_$2')
    .toLowerCase();
}

/** The Python name of every method a class case calls, keyed by its JavaScript name. */
export function methodNames(calls: readonly unknown[]): Record<string, string> {
  const names: Record<string, string> = {};
  for (const call of calls.slice(1)) {
    const method = Array.isArray(call) ? call[0] : undefined;
    if (typeof method === 'string') names[method] = snakeCase(method);
  }
  return names;
}
