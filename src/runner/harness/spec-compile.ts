import { HarnessFunction } from './intrinsics';

export type SpecRegister = (...values: unknown[]) => void;

/** What compiling one spec gave: its register function, or what the compiler threw. */
type Compiled = { ok: true; register: SpecRegister } | { ok: false; thrown: unknown };

function compile(source: string, names: readonly string[]): Compiled {
  try {
    // Strict, so solution code called from a spec cannot climb to it through `fn.caller`.
    const body = `'use strict';${source}\n//# sourceURL=spec.js`;
    return { ok: true, register: new HarnessFunction(...names, body) as SpecRegister };
  } catch (thrown) {
    return { ok: false, thrown };
  }
}

/**
 * Compiles specs with the Function constructor captured when the harness loaded. Specs named
 * in the load request are compiled before the user's code is evaluated, so nothing the user's
 * code does to the realm can rewrite them or read their source.
 */
export function createSpecCompiler() {
  const compiled = new Map<string, Compiled>();
  return {
    /** Compiles the run's specs now (before user code runs). */
    prepare(sources: readonly string[], names: readonly string[]): void {
      for (const source of sources) compiled.set(source, compile(source, names));
    },
    /** The register function of a spec (prepared, or compiled now); throws its syntax error. */
    registerOf(source: string, names: readonly string[]): SpecRegister {
      const found = compiled.get(source) ?? compile(source, names);
      if (!found.ok) throw found.thrown;
      return found.register;
    },
  };
}
