/**
 * Intrinsics captured when the harness module loads, before any user code runs,
 * so that user code replacing globals cannot change how the harness behaves.
 */
export const now: () => number =
  typeof performance !== 'undefined' ? performance.now.bind(performance) : Date.now;
export const clone: <T>(value: T) => T = structuredClone;
export const { defineProperty, getOwnPropertyDescriptor, freeze, getOwnPropertyNames } = Object;
export const isArray = Array.isArray;
export const stringify = JSON.stringify;
export const HarnessError = Error;
/** The Function constructor, for compiling specs: user code may replace the global one. */
export const HarnessFunction = Function;
