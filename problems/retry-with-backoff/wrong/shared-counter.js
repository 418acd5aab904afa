// Keeps the attempt counter outside the returned function, so all calls share one budget of
// retries and one growing delay.
function withRetry(fn, { retries, baseDelay, maxDelay = Infinity, shouldRetry = () => true }) {
  let attempt = 0;
  return async function (...args) {
    for (; ; attempt += 1) {
      try {
        return await fn.apply(this, args);
      } catch (error) {
        if (attempt >= retries || !shouldRetry(error)) throw error;
        const delay = Math.min(baseDelay * 2 ** attempt, maxDelay);
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  };
}
