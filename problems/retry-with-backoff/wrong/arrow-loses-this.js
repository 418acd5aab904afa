// Returns an arrow function, so fn is called with the this of withRetry, not the caller's.
function withRetry(fn, { retries, baseDelay, maxDelay = Infinity, shouldRetry = () => true }) {
  return async (...args) => {
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await fn(...args);
      } catch (error) {
        if (attempt >= retries || !shouldRetry(error)) throw error;
        const delay = Math.min(baseDelay * 2 ** attempt, maxDelay);
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  };
}
