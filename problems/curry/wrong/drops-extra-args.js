// Cuts the collected arguments down to arity before calling fn, so extra arguments are lost.
function curry(fn, arity = fn.length) {
  function collect(previous) {
    return function curried(...args) {
      const all = [...previous, ...args];
      return all.length >= arity ? fn(...all.slice(0, arity)) : collect(all);
    };
  }
  return collect([]);
}
