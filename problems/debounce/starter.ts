interface Debounced<A extends unknown[]> {
  (...args: A): void;
  /** Drops the pending call, if there is one. */
  cancel(): void;
}

function debounce<A extends unknown[]>(fn: (...args: A) => void, wait: number): Debounced<A> {
  // your code here
  const debounced = (..._args: A): void => {};
  return Object.assign(debounced, { cancel(): void {} });
}
