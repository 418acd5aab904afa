// Treats retries as the total number of attempts, so it gives up one attempt too early.
function withRetry(fn, { retries, baseDelay, maxDelay = Infinity, shouldRetry = () => true }) {
  return async function (...args) {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await fn.apply(this, args);
      } catch (error) {
        if (attempt >= retries || !shouldRetry(error)) throw error;
        const delay = Math.min(baseDelay * 2 ** (attempt - 1), maxDelay);
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  };
}
