// Takes exactly one argument per call, so f(2, 3)(4) drops the 3.
function curry(fn, arity = fn.length) {
  function collect(previous) {
    return (arg) => {
      const all = [...previous, arg];
      return all.length >= arity ? fn(...all) : collect(all);
    };
  }
  return arity === 0 ? () => fn() : collect([]);
}
