type Curried = (...args: any[]) => any;

function curry(fn: (...args: any[]) => unknown, arity: number = fn.length): Curried {
  // your code here
  return function curried(...args: any[]): any {
    return fn(...args);
  };
}
