import { HarnessError } from './intrinsics';

const ProxyCtor = Proxy;
const hasOwn = Object.hasOwn;

/** Property names that probes (await, JSON, printing) read and that must stay undefined. */
const PROBES = new Set([
  'then',
  'toJSON',
  'constructor',
  'prototype',
  'inspect',
  'asymmetricMatch',
]);

/**
 * Wraps a Jest/Vitest API object so that a member the sandbox lacks (`vi.mock`,
 * `test.concurrent`…) is a function that reports "not supported: <name>" when used,
 * instead of `undefined is not a function`. `onMissing` decides what using it does
 * (throw by default).
 */
export function withUnsupported<T extends object>(
  target: T,
  prefix: string,
  onMissing: (name: string, args: unknown[]) => unknown = (name) => {
    throw new HarnessError(`not supported: ${name}`);
  },
): T {
  return new ProxyCtor(target, {
    get(object, key, receiver) {
      if (typeof key !== 'string' || hasOwn(object, key) || PROBES.has(key))
        return Reflect.get(object, key, receiver) as unknown;
      if (key in object) return Reflect.get(object, key, receiver) as unknown;
      const name = `${prefix}.${key}`;
      return (...args: unknown[]) => onMissing(name, args);
    },
  });
}
