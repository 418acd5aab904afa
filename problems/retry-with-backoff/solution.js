function withRetry(fn, { retries, baseDelay, maxDelay = Infinity, shouldRetry = () => true }) {
  // async: each call gets its own promise and its own attempt counter.
  return async function (...args) {
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await fn.apply(this, args); // await turns a sync throw and a rejection into the catch
      } catch (error) {
        if (attempt >= retries || !shouldRetry(error)) throw error;
        const delay = Math.min(baseDelay * 2 ** attempt, maxDelay);
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  };
}
