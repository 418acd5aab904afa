// Nests one closure per function with reduce: each call goes one stack frame deeper per function,
// so a pipe of 30,000 functions overflows the stack.
function pipe(...fns) {
  if (fns.length === 0) return (x) => x;
  return fns.reduce(
    (f, g) =>
      function (...args) {
        return g.call(this, f.apply(this, args));
      },
  );
}
