/**
 * The messages between the runner client and the sandbox (a Web Worker in the
 * browser, a worker thread in Node). Everything here is structured-cloneable.
 */
import type { Shape } from '../domain/problem/problem.schema';

/** JavaScript and TypeScript run in the JavaScript sandbox, Python in its own (see runner/python). */
export type Language = 'js' | 'ts' | 'py';
export type RunLanguage = Language;

export interface EntrySpec {
  kind: 'function' | 'class';
  name: string;
  paramShapes: Shape[];
  returnShape: Shape;
}

export interface LoadRequest {
  code: string;
  language: RunLanguage;
  entry: EntrySpec;
  /** The specs this run will collect: compiled before the code is evaluated (see spec-compile.ts). */
  specs?: string[];
}

/** Where in the user's own code something went wrong (1-based). */
export interface CodeLocation {
  line: number;
  column: number;
}

export interface ErrorInfo {
  /** compile: syntax/transpile error; runtime: thrown by user code; others are decided by the client. */
  kind: 'compile' | 'runtime' | 'timeout' | 'stopped' | 'crashed';
  name: string;
  message: string;
  location?: CodeLocation;
  /** Python: the traceback, the user's frames only. */
  traceback?: string;
}

export interface ConsoleLine {
  level: 'log' | 'info' | 'warn' | 'error' | 'debug';
  text: string;
}

export interface CapturedConsole {
  lines: ConsoleLine[];
  /** Set when output went over the caps; says how much was dropped. */
  truncated?: string;
}

/** A value coming back from user code: the clone when it can be cloned, else a readable display. */
export type ReturnedValue =
  { clonable: true; value: unknown } | { clonable: false; display: string };

export type Outcome = { ok: true; returned: ReturnedValue } | { ok: false; error: ErrorInfo };

export interface CaseExecution {
  outcome: Outcome;
  console: CapturedConsole;
  ms: number;
}

export interface SpecTestInfo {
  name: string;
  skipped: boolean;
}

export interface SpecExecution {
  passed: boolean;
  error?: ErrorInfo;
  console: CapturedConsole;
  ms: number;
}

/** `ms`: time the sandbox spent compiling and evaluating the code. */
export type LoadResult = ({ ok: true } | { ok: false; error: ErrorInfo }) & { ms?: number };

/** Times the loaded entry at one input size; the sandbox generates the input itself. */
export interface MeasureRequest {
  n: number;
  /** The generator's PRNG is seeded with seed + n, as generateArgs does, so every run sees the same inputs. */
  seed: number;
  /** Time to spend on timed batches at this size, after generating and warming up. */
  sampleMs: number;
  /** A timed batch lasts at least this long, so a coarse clock (0.1 ms in Chromium workers) cannot decide. */
  minBatchMs: number;
  /** At most this many batches. */
  maxSamples: number;
}

export interface SizeTiming {
  n: number;
  /** Time of one call at the lower decile of the timed batches (interference only adds time). */
  ms: number;
  /** Median time of one call, for judging the noise. */
  medianMs: number;
  samples: number;
  callsPerBatch: number;
  /** The entry returned undefined (a function entry only; a class entry never counts). */
  returnedNothing: boolean;
  /** The entry changed its arguments, so every timed call got its own fresh copy. */
  mutatesInput: boolean;
  /** Generating the input, not part of `ms`. */
  generateMs: number;
  /** Everything this size took inside the sandbox (generation, copies, warm-up, batches). */
  spentMs: number;
}

export type MeasureResult =
  { ok: true; timing: SizeTiming } | { ok: false; stage: 'generate' | 'run'; error: ErrorInfo };

/** What a sandbox offers. One sandbox serves one run and is then thrown away. */
export interface SandboxApi {
  load(request: LoadRequest): Promise<LoadResult>;
  runCase(args: unknown[]): Promise<CaseExecution>;
  collectSpec(
    source: string,
  ): Promise<{ ok: true; tests: SpecTestInfo[] } | { ok: false; error: ErrorInfo }>;
  runSpecTest(index: number): Promise<SpecExecution>;
  /**
   * Compiles the problem's generator (author code) inside the sandbox, so that
   * large inputs are built where they are used instead of being copied across threads.
   */
  prepareMeasure(generator: string): Promise<LoadResult>;
  /** Generates the input of size n and times the loaded entry on it; needs load() and prepareMeasure(). */
  measureSize(request: MeasureRequest): Promise<MeasureResult>;
}
