// Never caps the wait: maxDelay is read but not applied.
function withRetry(fn, { retries, baseDelay, shouldRetry = () => true }) {
  return async function (...args) {
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await fn.apply(this, args);
      } catch (error) {
        if (attempt >= retries || !shouldRetry(error)) throw error;
        await new Promise((resolve) => setTimeout(resolve, baseDelay * 2 ** attempt));
      }
    }
  };
}
