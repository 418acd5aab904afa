// Returns an arrow function and calls each step bare, so the functions never see the caller's this.
function pipe(...fns) {
  return (...args) => {
    if (fns.length === 0) return args[0];
    let value = fns[0](...args);
    for (let i = 1; i < fns.length; i += 1) value = fns[i](value);
    return value;
  };
}
