import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

const bundles = new Map<string, string>();

/**
 * Bundles a jail entry (a language harness) into one strict-mode CommonJS file,
 * once per process. One file means the child's read permission can be that file
 * alone; strict mode means V8's call-site API (Error.prepareStackTrace) and
 * `fn.caller` hand solution code no harness function. A file per process, renamed
 * into place: parallel CLI runs never read a half-written bundle.
 */
export function jailBundle(entry: string): string {
  const cached = bundles.get(entry);
  if (cached) return cached;
  const outDir = fileURLToPath(new URL('../../../node_modules/.cache/mockround/', import.meta.url));
  mkdirSync(outDir, { recursive: true });
  const name = entry.replace(/^.*\//, '').replace(/\.[cm]?[jt]s$/, '');
  const target = `${outDir}jail-${name}-${process.pid}.cjs`;
  buildSync({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    banner: { js: "'use strict';" },
    outfile: `${target}.tmp`,
    logLevel: 'error',
  });
  renameSync(`${target}.tmp`, target);
  process.once('exit', () => rmSync(target, { force: true }));
  bundles.set(entry, target);
  return target;
}

/** The JavaScript/TypeScript harness bundle. */
export const jsHarnessBundle = () =>
  jailBundle(fileURLToPath(new URL('./js-harness.ts', import.meta.url)));
