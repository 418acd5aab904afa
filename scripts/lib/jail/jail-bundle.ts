import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

const bundles = new Map<string, string>();

/**
 * Bundles a jail entry (a language harness) into one strict-mode CommonJS file,
 * once per process. One file means the child's read permission can be that file
 * alone; strict mode means V8's call-site API (Error.prepareStackTrace) and
 * `fn.caller` hand solution code no harness function. The file is named by a hash of its
 * text and written to a temporary name first, then renamed into place: parallel CLI runs
 * share it and never read a half-written bundle, and a killed process leaves nothing behind.
 */
export function jailBundle(entry: string): string {
  const cached = bundles.get(entry);
  if (cached) return cached;
  const outDir = fileURLToPath(new URL('../../../node_modules/.cache/mockround/', import.meta.url));
  mkdirSync(outDir, { recursive: true });
  const name = entry.replace(/^.*\//, '').replace(/\.[cm]?[jt]s$/, '');
  const built = buildSync({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    banner: { js: "'use strict';" },
    write: false,
    outfile: 'bundle.cjs',
    logLevel: 'error',
  });
  const text = built.outputFiles[0]?.text ?? '';
  const hash = createHash('sha256').update(text).digest('hex').slice(0, 16);
  const target = `${outDir}jail-${name}-${hash}.cjs`;
  if (!existsSync(target)) {
    writeFileSync(`${target}.${process.pid}.tmp`, text);
    renameSync(`${target}.${process.pid}.tmp`, target);
  }
  bundles.set(entry, target);
  return target;
}

/** The JavaScript/TypeScript harness bundle. */
export const jsHarnessBundle = () =>
  jailBundle(fileURLToPath(new URL('./js-harness.ts', import.meta.url)));
