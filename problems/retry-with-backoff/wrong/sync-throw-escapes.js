// Only catches rejections: a synchronous throw from fn skips the retries and rejects at once.
function withRetry(fn, { retries, baseDelay, maxDelay = Infinity, shouldRetry = () => true }) {
  return function (...args) {
    return new Promise((resolve, reject) => {
      const attempt = (n) => {
        let result;
        try {
          result = fn.apply(this, args);
        } catch (error) {
          reject(error);
          return;
        }
        Promise.resolve(result).then(resolve, (error) => {
          if (n >= retries || !shouldRetry(error)) reject(error);
          else setTimeout(() => attempt(n + 1), Math.min(baseDelay * 2 ** n, maxDelay));
        });
      };
      attempt(0);
    });
  };
}
