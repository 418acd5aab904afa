import { defineProperty, freeze, getOwnPropertyDescriptor } from './intrinsics';

/** Properties user code commonly assigns on its own objects ("override mistake" in frozen realms). */
const OVERRIDABLE = ['constructor', 'toString', 'valueOf', 'toLocaleString'] as const;

/**
 * Every method name on Object.prototype: any plain object used as a dictionary may be given one of
 * them as a key (`counts[word] = …` with the word "hasOwnProperty"), as in an unfrozen realm.
 */
const objectMethodNames = (): string[] =>
  Object.getOwnPropertyNames(Object.prototype).filter((key) => key !== '__proto__');

/**
 * Lets `obj.toString = …` keep working on ordinary objects once the prototype
 * holding the built-in is frozen, the way SES's property overrides do.
 */
function allowOverrides(proto: object): void {
  const keys = proto === Object.prototype ? objectMethodNames() : OVERRIDABLE;
  for (const key of keys) {
    const desc = getOwnPropertyDescriptor(proto, key);
    if (!desc || !('value' in desc) || !desc.configurable) continue;
    const original: unknown = desc.value;
    defineProperty(proto, key, {
      configurable: false,
      enumerable: desc.enumerable ?? false,
      get() {
        return original;
      },
      set(this: object, value: unknown) {
        if (this === proto) throw new TypeError(`Cannot replace the built-in ${key}`);
        defineProperty(this, key, { value, writable: true, enumerable: true, configurable: true });
      },
    });
  }
}

/**
 * Global bindings the harness and its libraries (comlink, chai, @vitest/expect) look up after
 * user code has started: made read-only, so that `globalThis.Promise = Forged` cannot change
 * how a reply is sent or a spec compiled. Timers and Date stay writable for fake timers.
 */
const LOCKED_GLOBALS = [
  'globalThis',
  'Object',
  'Function',
  'Array',
  'Promise',
  'Map',
  'Set',
  'WeakMap',
  'WeakSet',
  'WeakRef',
  'Symbol',
  'String',
  'Number',
  'Boolean',
  'BigInt',
  'RegExp',
  'JSON',
  'Math',
  'Reflect',
  'Proxy',
  'Error',
  'TypeError',
  'RangeError',
  'SyntaxError',
  'ReferenceError',
  'AggregateError',
  'ArrayBuffer',
  'DataView',
  'Uint8Array',
  'Iterator',
  'structuredClone',
  'MessagePort',
  'MessageChannel',
  'queueMicrotask',
  'isNaN',
  'parseInt',
  'parseFloat',
] as const;

function lockGlobals(): void {
  for (const name of LOCKED_GLOBALS) {
    const desc = getOwnPropertyDescriptor(globalThis, name);
    if (!desc || !('value' in desc) || !desc.configurable) continue;
    defineProperty(globalThis, name, {
      value: desc.value as unknown,
      writable: false,
      enumerable: desc.enumerable ?? false,
      configurable: false,
    });
  }
}

let hardened = false;

/**
 * Freezes the intrinsics that the harness and the matchers rely on (Object.is,
 * Array.isArray, iterators, Promise.prototype.then…) so that user code cannot
 * tamper with them to forge a verdict. Runs once, after the harness has set up
 * its own libraries and before the first line of user code.
 */
export function hardenIntrinsics(): void {
  if (hardened) return;
  hardened = true;
  const arrayIterator = Object.getPrototypeOf([][Symbol.iterator]()) as object;
  const iteratorProto = Object.getPrototypeOf(arrayIterator) as object;
  const prototypes: object[] = [
    Object.prototype,
    Array.prototype,
    Function.prototype,
    Promise.prototype,
    Map.prototype,
    Set.prototype,
    WeakMap.prototype,
    WeakSet.prototype,
    String.prototype,
    Number.prototype,
    Boolean.prototype,
    Symbol.prototype,
    RegExp.prototype,
    arrayIterator,
    iteratorProto,
    Object.getPrototypeOf(new Map()[Symbol.iterator]()) as object,
    Object.getPrototypeOf(new Set()[Symbol.iterator]()) as object,
  ];
  for (const proto of prototypes) {
    allowOverrides(proto);
    freeze(proto);
  }
  for (const ctor of [
    Object,
    Array,
    Promise,
    Map,
    Set,
    Number,
    String,
    Symbol,
    JSON,
    Math,
    Reflect,
  ]) {
    freeze(ctor);
  }
  lockGlobals();
}
