function curry(fn, arity = fn.length) {
  // Each waiting function owns its own `previous`; calls build new arrays and never mutate it,
  // so partial applications can be reused independently.
  function collect(previous) {
    return function curried(...args) {
      const all = [...previous, ...args];
      return all.length >= arity ? fn(...all) : collect(all);
    };
  }
  return collect([]);
}
