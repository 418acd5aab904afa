/**
 * @param {(...args: any[]) => unknown} fn
 * @param {{ retries: number, baseDelay: number, maxDelay?: number, shouldRetry?: (error: unknown) => boolean }} options
 * @return {(...args: any[]) => Promise<unknown>}
 */
function withRetry(fn, options) {
  // your code here
  return async function (...args) {
    return fn.apply(this, args);
  };
}
