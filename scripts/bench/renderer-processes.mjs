// The renderer processes of one Chromium, found by its profile directory and read from /proc
// (Linux). Used by the bench (CPU of the sandbox after a runaway) and the e2e tests (memory of
// the sandbox process after a memory bomb): they measure the processes themselves, not what
// the page says about them.
import { readdirSync, readFileSync } from 'node:fs';
import { residentMb } from '../lib/resident-memory.mjs';

/** The renderer processes of the Chromium running on this profile directory (its descendants). */
export function rendererPids(profile) {
  const parent = new Map();
  const roots = [];
  const renderers = new Set();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const cmd = readFileSync(`/proc/${name}/cmdline`, 'utf8');
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      parent.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
      if (cmd.includes(profile) && !cmd.includes('--type=')) roots.push(Number(name));
      if (cmd.includes('--type=renderer')) renderers.add(Number(name));
    } catch {
      // gone already
    }
  }
  const descends = (pid) => {
    for (let p = pid, hops = 0; p > 1 && hops < 10; p = parent.get(p) ?? 0, hops += 1)
      if (roots.includes(p)) return true;
    return false;
  };
  return [...renderers].filter(descends);
}

/** Resident memory of all the renderers of the Chromium on this profile, in MB. */
export function renderersResidentMb(profile) {
  return rendererPids(profile).reduce((sum, pid) => sum + (residentMb(pid) ?? 0), 0);
}
