function pipe(...fns) {
  // A regular function, so every step sees the caller's this.
  return function (...args) {
    if (fns.length === 0) return args[0];
    let value = fns[0].apply(this, args); // only the first function gets every argument
    for (let i = 1; i < fns.length; i += 1) value = fns[i].call(this, value); // a loop keeps the stack flat
    return value;
  };
}
