/**
 * Imported first by every jail entry, before any harness module captures
 * `Function`: the child runs with --disallow-code-generation-from-strings, so the
 * real Function constructor (and eval) throw; this one compiles with
 * vm.compileFunction instead, which has no dynamic-import callback, so code it
 * compiles cannot import() a Node module.
 */
import { compileFunction } from 'node:vm';

/** `new Function(...params, body)` as V8 lays it out, so stack lines match the browser's. */
function jailFunction(...parts: unknown[]): (...args: unknown[]) => unknown {
  const body = parts.length ? String(parts[parts.length - 1]) : '';
  const params = parts
    .slice(0, -1)
    .flatMap((p) => String(p).split(','))
    .map((p) => p.trim())
    .filter(Boolean);
  // The real constructor puts "function anonymous(…" and ") {" before the body: two lines.
  return compileFunction(`\n\n${body}`, params) as (...args: unknown[]) => unknown;
}

Object.defineProperty(jailFunction, 'prototype', { value: Function.prototype });
Object.defineProperty(globalThis, 'Function', {
  value: jailFunction,
  writable: true,
  configurable: true,
});
