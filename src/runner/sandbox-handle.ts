import type { SandboxApi } from './protocol';

/** A sandbox for one run, and the means to end it. */
export interface SandboxHandle {
  api: SandboxApi;
  /** Resolves with a message if the sandbox dies (out of memory, crash). */
  crashed: Promise<string>;
  /**
   * Ends the sandbox; called after every run and on time-out or stop. `idle`: it has
   * answered every call, so ending it may wait for a quiet moment (after the results paint).
   */
  dispose(idle?: boolean): void;
}

export type SandboxFactory = () => Promise<SandboxHandle>;
