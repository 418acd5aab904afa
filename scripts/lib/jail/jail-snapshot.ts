/**
 * A V8 start-up snapshot of a jail harness bundle (Node's `--build-snapshot`). A plain child
 * parses and evaluates the 1.4 MB harness bundle before it can answer (~160 ms of CPU, and
 * `npm run validate` starts about a thousand children); one started from the snapshot restores
 * the already-evaluated heap instead (~70 ms). The snapshot holds only the harness's own
 * modules, evaluated by a build process before any problem or solution code exists; the
 * harness's main function (startJail: scrub the globals, then listen) runs in every restored
 * child exactly as it runs at the end of a plain bundle, so each child still starts clean.
 * The child only reads the snapshot (it gets no read permission at all); V8 refuses a snapshot
 * built with other V8 flags, so the flags are part of the file's key, with the bundle's text,
 * the Node version and the architecture. On any build failure the caller spawns the plain bundle.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Per process: the snapshot file for a bundle and flags, or null when it could not be built. */
const made = new Map<string, string | null>();
/** A build that takes longer than this is given up (the plain bundle serves instead). */
const BUILD_TIMEOUT_MS = 180_000;
/** Snapshots of older harness versions are deleted once they are this old. */
const STALE_MS = 24 * 3600_000;

function pruneOld(dir: string, keep: string): void {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (!/^jail-snapshot-[0-9a-f]+\.blob$/.test(name) || path === keep) continue;
    try {
      if (Date.now() - statSync(path).mtimeMs > STALE_MS) rmSync(path, { force: true });
    } catch {
      // Another process pruned it first.
    }
  }
}

/**
 * The snapshot of `bundle` for children started with `v8Flags`, built on first use and kept
 * beside the bundle (node_modules/.cache/mockround/). The bundle must support it: when
 * `v8.startupSnapshot.isBuildingSnapshot()`, it registers its main function instead of running it.
 */
export function jailSnapshot(bundle: string, v8Flags: readonly string[]): string | null {
  const memo = `${bundle}\n${v8Flags.join(' ')}`;
  const known = made.get(memo);
  if (known !== undefined) return known;
  let target: string | null;
  let partial: string | null = null;
  try {
    const key = createHash('sha256')
      .update(readFileSync(bundle))
      .update(`\n${process.version} ${process.arch} ${v8Flags.join(' ')}`)
      .digest('hex')
      .slice(0, 24);
    target = join(dirname(bundle), `jail-snapshot-${key}.blob`);
    if (!existsSync(target)) {
      // A file per process, renamed into place: parallel processes never read a half-written one.
      partial = `${target}.${process.pid}.tmp`;
      execFileSync(
        process.execPath,
        [...v8Flags, '--no-warnings', '--snapshot-blob', partial, '--build-snapshot', bundle],
        { env: {}, stdio: 'ignore', timeout: BUILD_TIMEOUT_MS },
      );
      renameSync(partial, target);
      pruneOld(dirname(bundle), target);
    }
  } catch {
    if (partial) rmSync(partial, { force: true });
    target = null;
  }
  made.set(memo, target);
  return target;
}
