import type { EntrySpec } from '../protocol';
import { clone, stringify } from './intrinsics';
import type { MeasureSubject } from './measure';
import { fromUserShape, toUserShape } from './shapes';

type Instance = Record<string, unknown>;
type Call = [string, ...unknown[]];

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (
    (typeof value === 'object' || typeof value === 'function') &&
    value !== null &&
    typeof (value as { then?: unknown }).then === 'function'
  );
}

/** Replays method calls on an instance; awaits a returned promise before the next call, as runCase does. */
function replay(instance: Instance, calls: Call[], from: number): unknown {
  for (let i = from; i < calls.length; i += 1) {
    const [method, ...args] = calls[i] as Call;
    const fn = instance[method];
    if (typeof fn !== 'function') throw new TypeError(`the class has no method "${method}"`);
    const value: unknown = fn.apply(instance, args);
    if (isThenable(value)) return Promise.resolve(value).then(() => replay(instance, calls, i + 1));
  }
  return null;
}

/** A direct call for the usual arities: spreading the arguments costs more than a tiny O(1) or O(log n) body. */
function callWithArity(
  fn: (...a: unknown[]) => unknown,
  arity: number,
): (input: unknown) => unknown {
  switch (arity) {
    case 0:
      return () => fn();
    case 1:
      return (input) => fn((input as unknown[])[0]);
    case 2:
      return (input) => fn((input as unknown[])[0], (input as unknown[])[1]);
    case 3:
      return (input) =>
        fn((input as unknown[])[0], (input as unknown[])[1], (input as unknown[])[2]);
    default:
      return (input) => fn(...(input as unknown[]));
  }
}

/**
 * Wraps the loaded entry and one generated input for the timing loop. Each copy
 * is a deep clone of the generated JSON, shaped (lists, trees) before timing; a
 * copy is compared with the pristine JSON after a call to see whether user code
 * changed it.
 */
export function createSubject(entry: unknown, spec: EntrySpec, args: unknown[]): MeasureSubject {
  const pristine = stringify(args);
  const weight = pristine.length;
  if (spec.kind === 'class') {
    const Ctor = entry as new (...a: unknown[]) => Instance;
    return {
      weight,
      prepare: () => clone(args),
      call(input) {
        const [ctorCall, ...calls] = input as [Call, ...Call[]];
        return replay(new Ctor(...ctorCall.slice(1)), calls, 0);
      },
      changed: (input) => stringify(input) !== pristine,
    };
  }
  const fn = entry as (...a: unknown[]) => unknown;
  const shapes = spec.paramShapes;
  return {
    weight,
    prepare: () =>
      (clone(args) as unknown[]).map((arg, i) => toUserShape(arg, shapes[i] ?? 'json')),
    call: callWithArity(fn, shapes.length),
    changed(input) {
      try {
        return (
          stringify(
            (input as unknown[]).map((arg, i) => fromUserShape(arg, shapes[i] ?? 'json')),
          ) !== pristine
        );
      } catch {
        // A list turned into a cycle, say: certainly changed.
        return true;
      }
    },
  };
}
