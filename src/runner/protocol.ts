/**
 * The messages between the runner client and the sandbox (a Web Worker in the
 * browser, a worker thread in Node). Everything here is structured-cloneable.
 */
import type { Shape } from '../domain/problem/problem.schema';

export type Language = 'js' | 'ts';

export interface EntrySpec {
  kind: 'function' | 'class';
  name: string;
  paramShapes: Shape[];
  returnShape: Shape;
}

export interface LoadRequest {
  code: string;
  language: Language;
  entry: EntrySpec;
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

/** A value coming back from user code: the clone when it can be cloned, always a readable display. */
export interface ReturnedValue {
  clonable: boolean;
  value?: unknown;
  display: string;
}

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

export type LoadResult = { ok: true } | { ok: false; error: ErrorInfo };

/** What a sandbox offers. One sandbox serves one run and is then thrown away. */
export interface SandboxApi {
  load(request: LoadRequest): Promise<LoadResult>;
  runCase(args: unknown[]): Promise<CaseExecution>;
  collectSpec(source: string): Promise<{ ok: true; tests: SpecTestInfo[] } | { ok: false; error: ErrorInfo }>;
  runSpecTest(index: number): Promise<SpecExecution>;
}
