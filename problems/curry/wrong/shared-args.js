// Collects arguments into one array shared by every partial application, so reusing a
// partial (or calling the curried function twice) mixes in arguments from earlier calls.
function curry(fn, arity = fn.length) {
  const collected = [];
  return function curried(...args) {
    collected.push(...args);
    if (collected.length >= arity) return fn(...collected);
    return curried;
  };
}
