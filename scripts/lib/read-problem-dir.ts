import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Dotfiles and dot-folders (.DS_Store, .git) are editor or OS litter, never problem content. */
function isHidden(name: string): boolean {
  return name.startsWith('.');
}

/**
 * Reads every file under one problem folder as UTF-8 text, keyed by its path
 * relative to the folder with forward slashes ("problem.md", "wrong/off-by-one.js").
 */
export function readProblemDir(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (abs: string, rel: string): void => {
    for (const name of readdirSync(abs).sort()) {
      if (isHidden(name)) continue;
      const absPath = join(abs, name);
      const relPath = rel ? `${rel}/${name}` : name;
      if (statSync(absPath).isDirectory()) walk(absPath, relPath);
      else files[relPath] = readFileSync(absPath, 'utf8');
    }
  };
  walk(dir, '');
  return files;
}

/**
 * Reads a problem pack: one entry per sub-folder of `packDir`, sorted by folder name.
 * `dir` is the folder's absolute path. Every non-hidden folder counts, even one
 * without a problem.md, so a misnamed file is reported by parseProblem instead of
 * the problem silently disappearing from the bank. Loose files (README.md) are skipped.
 */
export function readProblemPack(packDir: string): { dir: string; files: Record<string, string> }[] {
  return readdirSync(packDir)
    .filter((name) => !isHidden(name) && statSync(join(packDir, name)).isDirectory())
    .sort()
    .map((name) => {
      const dir = resolve(packDir, name);
      return { dir, files: readProblemDir(dir) };
    });
}
