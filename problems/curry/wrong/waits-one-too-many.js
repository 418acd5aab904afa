// Compares with > instead of >=: with exactly arity arguments it keeps waiting.
function curry(fn, arity = fn.length) {
  function collect(previous) {
    return function curried(...args) {
      const all = [...previous, ...args];
      return all.length > arity ? fn(...all) : collect(all);
    };
  }
  return collect([]);
}
