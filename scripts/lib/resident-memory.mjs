// Resident memory of a process, read from /proc (Linux). Shared by the CLI jail (which kills a
// child past its memory limit) and the bench and e2e tests (which measure Chromium's renderers).
import { readFileSync } from 'node:fs';

/** Resident memory of one process in MB (VmRSS), or null once it is gone or without /proc. */
export function residentMb(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
    return kb ? Number(kb[1]) / 1024 : null;
  } catch {
    return null;
  }
}
