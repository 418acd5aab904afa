// Rejects with the first attempt's error instead of the last one's.
function withRetry(fn, { retries, baseDelay, maxDelay = Infinity, shouldRetry = () => true }) {
  return async function (...args) {
    let firstError;
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await fn.apply(this, args);
      } catch (error) {
        if (attempt === 0) firstError = error;
        if (attempt >= retries || !shouldRetry(error)) throw firstError;
        const delay = Math.min(baseDelay * 2 ** attempt, maxDelay);
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  };
}
