interface RetryOptions {
  retries: number;
  baseDelay: number;
  maxDelay?: number;
  shouldRetry?: (error: unknown) => boolean;
}

function withRetry<A extends unknown[], R>(
  fn: (...args: A) => R | Promise<R>,
  options: RetryOptions,
): (...args: A) => Promise<R> {
  // your code here
  return async function (this: unknown, ...args: A): Promise<R> {
    return fn.apply(this, args);
  };
}
