// Grows the wait linearly (baseDelay, 2·baseDelay, 3·baseDelay, …) instead of doubling it.
function withRetry(fn, { retries, baseDelay, maxDelay = Infinity, shouldRetry = () => true }) {
  return async function (...args) {
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await fn.apply(this, args);
      } catch (error) {
        if (attempt >= retries || !shouldRetry(error)) throw error;
        const delay = Math.min(baseDelay * (attempt + 1), maxDelay);
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  };
}
