// Applies the functions right to left (that is compose, not pipe).
function pipe(...fns) {
  return function (...args) {
    if (fns.length === 0) return args[0];
    let value = fns[fns.length - 1].apply(this, args);
    for (let i = fns.length - 2; i >= 0; i -= 1) value = fns[i].call(this, value);
    return value;
  };
}
