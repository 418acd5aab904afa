import type { EntrySpec, Language, SandboxApi } from '../protocol';
import { hardenIntrinsics } from './harden';
import { defineProperty, getOwnPropertyDescriptor } from './intrinsics';

/** A trusted program the spare worker runs once before it is handed out. */
export interface DryRunProgram {
  code: string;
  language: Language;
  entry: EntrySpec;
  /** Argument lists of the cases to run. */
  cases: unknown[][];
  /** A Jest-style spec to collect and run, so the matchers get compiled too. */
  spec?: string;
}

const entry: EntrySpec = {
  kind: 'function',
  name: 'warmUp',
  paramShapes: ['json', 'json'],
  returnShape: 'json',
};

/**
 * The default dry run: TypeScript (so sucrase's first, slow call is paid now), a data case
 * and a spec test — the paths a user's first Run takes through the harness.
 */
export const DEFAULT_DRY_RUN: DryRunProgram = {
  code: [
    'function warmUp(values: number[], target: number): number[] {',
    '  const seen = new Map<number, number>();',
    '  for (let i = 0; i < values.length; i += 1) {',
    '    const j = seen.get(target - (values[i] ?? 0));',
    '    if (j !== undefined) return [j, i];',
    '    seen.set(values[i] ?? 0, i);',
    '  }',
    '  return [];',
    '}',
  ].join('\n'),
  language: 'ts',
  entry,
  cases: [
    [[2, 7, 11, 15], 9],
    [[3, 3], 6],
  ],
  spec: "test('warm', () => { expect(warmUp([1, 2], 3)).toEqual([0, 1]); });",
};

type GlobalSnapshot = Map<PropertyKey, PropertyDescriptor>;

function snapshotGlobals(): GlobalSnapshot {
  const snapshot: GlobalSnapshot = new Map();
  for (const key of Reflect.ownKeys(globalThis)) {
    const desc = getOwnPropertyDescriptor(globalThis, key);
    if (desc) snapshot.set(key, desc);
  }
  return snapshot;
}

/** Puts back every global the dry run added, removed or replaced. */
function restoreGlobals(snapshot: GlobalSnapshot): void {
  for (const key of Reflect.ownKeys(globalThis)) {
    if (!snapshot.has(key)) Reflect.deleteProperty(globalThis, key);
  }
  for (const [key, desc] of snapshot) {
    const now = getOwnPropertyDescriptor(globalThis, key);
    const same =
      now !== undefined &&
      now.value === desc.value &&
      now.get === desc.get &&
      now.set === desc.set &&
      now.writable === desc.writable;
    if (!same && (now === undefined || now.configurable)) defineProperty(globalThis, key, desc);
  }
}

/**
 * Prepares a fresh worker before it serves a run: freezes the intrinsics and sends a trusted
 * program through a throwaway sandbox (from `createSandbox`), so that the harness code is
 * parsed and compiled and the user's first Run does not pay for it. The user's sandbox is a
 * separate instance, and the globals are put back as they were, so the run still starts
 * from a clean scope. Errors are swallowed: a failed warm-up only costs speed.
 */
export async function warmUpSandbox(
  createSandbox: () => SandboxApi,
  program: DryRunProgram = DEFAULT_DRY_RUN,
): Promise<void> {
  const snapshot = snapshotGlobals();
  try {
    // Made before the freeze, as the worker makes the user's sandbox.
    const sandbox = createSandbox();
    hardenIntrinsics();
    const loaded = await sandbox.load({
      code: program.code,
      language: program.language,
      entry: program.entry,
    });
    if (!loaded.ok) return;
    for (const args of program.cases) await sandbox.runCase(args);
    if (program.spec) {
      const collected = await sandbox.collectSpec(program.spec);
      if (collected.ok)
        for (let i = 0; i < collected.tests.length; i += 1) await sandbox.runSpecTest(i);
    }
  } catch {
    /* the user's run will meet the same problem and report it */
  } finally {
    restoreGlobals(snapshot);
  }
}
