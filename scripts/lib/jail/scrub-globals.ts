/**
 * Runs inside the jailed child. Deletes every global that is not plain
 * ECMAScript or a harmless web API, so solution code finds no `process`,
 * `require`, `Buffer`, `fetch`, `WebSocket`, message channels or timers that
 * could reach Node's internals. What stays: the language's own built-ins, timers,
 * text and URL helpers, structuredClone and WebAssembly (a language harness
 * such as Pyodide needs it; it has no I/O of its own).
 */
const KEPT = new Set<PropertyKey>([
  // ECMAScript
  'globalThis',
  'Infinity',
  'NaN',
  'undefined',
  'eval',
  'isFinite',
  'isNaN',
  'parseFloat',
  'parseInt',
  'decodeURI',
  'decodeURIComponent',
  'encodeURI',
  'encodeURIComponent',
  'escape',
  'unescape',
  'Object',
  'Function',
  'Array',
  'Number',
  'Boolean',
  'String',
  'Symbol',
  'BigInt',
  'Date',
  'Promise',
  'RegExp',
  'Error',
  'AggregateError',
  'EvalError',
  'RangeError',
  'ReferenceError',
  'SyntaxError',
  'TypeError',
  'URIError',
  'JSON',
  'Math',
  'Intl',
  'Reflect',
  'Proxy',
  'Map',
  'Set',
  'WeakMap',
  'WeakSet',
  'WeakRef',
  'FinalizationRegistry',
  'ArrayBuffer',
  'SharedArrayBuffer',
  'DataView',
  'Atomics',
  'Int8Array',
  'Uint8Array',
  'Uint8ClampedArray',
  'Int16Array',
  'Uint16Array',
  'Int32Array',
  'Uint32Array',
  'Float32Array',
  'Float64Array',
  'BigInt64Array',
  'BigUint64Array',
  'Iterator',
  'WebAssembly',
  // Harmless web APIs a solution may use
  'console',
  'setTimeout',
  'clearTimeout',
  'setInterval',
  'clearInterval',
  'queueMicrotask',
  'structuredClone',
  'TextEncoder',
  'TextDecoder',
  'URL',
  'URLSearchParams',
  'atob',
  'btoa',
  'AbortController',
  'AbortSignal',
  'Event',
  'EventTarget',
  'DOMException',
  'performance',
]);

export function scrubGlobals(global: typeof globalThis): void {
  for (const key of Reflect.ownKeys(global)) {
    if (KEPT.has(key)) continue;
    if (!Reflect.deleteProperty(global, key)) {
      try {
        Object.defineProperty(global, key, { value: undefined, writable: false });
      } catch {
        /* non-configurable and not writable: an ECMAScript built-in, left alone */
      }
    }
  }
}

/** Globals a spec's fake timers replace (see spec-runner.ts): they stay assignable. */
const FAKEABLE = new Set<PropertyKey>([
  'setTimeout',
  'clearTimeout',
  'setInterval',
  'clearInterval',
  'Date',
  'console',
]);

/**
 * Makes the kept globals read-only, so solution code cannot swap `Promise`,
 * `Function`, `Object` or `JSON` for its own and so change what the harness and
 * the spec's matchers do after it loads (a forged pass).
 */
export function lockGlobals(global: typeof globalThis): void {
  for (const key of Reflect.ownKeys(global)) {
    if (FAKEABLE.has(key)) continue;
    const desc = Object.getOwnPropertyDescriptor(global, key);
    if (!desc?.configurable) continue;
    Object.defineProperty(global, key, {
      ...('value' in desc ? { writable: false } : {}),
      configurable: false,
    });
  }
}
