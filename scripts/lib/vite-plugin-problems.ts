import { relative, resolve, sep } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { parseProblem, ProblemError } from '../../src/domain/problem/parse-problem';
import type { Problem } from '../../src/domain/problem/problem.schema';
import { readProblemPack } from './read-problem-dir';

export const VIRTUAL_PROBLEMS_ID = 'virtual:problems';
// The \0 prefix tells other plugins this id is virtual and not a file to transform.
const RESOLVED_ID = `\0${VIRTUAL_PROBLEMS_ID}`;
const DIFFICULTY_ORDER: Record<Problem['difficulty'], number> = { easy: 0, medium: 1, hard: 2 };

/** Easy before medium before hard, then by title. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => DIFFICULTY_ORDER[a.difficulty] - DIFFICULTY_ORDER[b.difficulty] || a.title.localeCompare(b.title, 'en'),
  );
}

function toPosix(path: string): string {
  return path.split(sep).join('/');
}

/**
 * Reads and validates every problem under `<root>/problems`. All invalid
 * problems are reported together, each naming its file, field and reason.
 */
export function loadProblemBank(root: string): { problems: Problem[]; files: string[] } {
  const problems: Problem[] = [];
  const files: string[] = [];
  const errors: string[] = [];
  for (const { dir, files: contents } of readProblemPack(resolve(root, 'problems'))) {
    for (const name of Object.keys(contents)) files.push(resolve(dir, name));
    try {
      problems.push(parseProblem(toPosix(relative(root, dir)), contents));
    } catch (error) {
      if (!(error instanceof ProblemError)) throw error;
      errors.push(error.message);
    }
  }
  if (errors.length > 0) {
    const count = errors.length === 1 ? '1 invalid problem' : `${errors.length} invalid problems`;
    throw new Error(`${count} in the problem bank:\n${errors.map((e) => `  - ${e}`).join('\n')}`);
  }
  return { problems: sortProblems(problems), files };
}

/** Dev server: a problem folder or file added or removed also rebuilds the bank. */
function watchForNewFiles(server: ViteDevServer, problemsDir: string): void {
  server.watcher.add(problemsDir);
  const onChange = (path: string): void => {
    if (!resolve(path).startsWith(problemsDir + sep)) return;
    // Every environment that loaded the bank (client in the browser, ssr in tests) rebuilds it.
    for (const environment of Object.values(server.environments)) {
      const mod = environment.moduleGraph.getModuleById(RESOLVED_ID);
      if (!mod) continue;
      // reloadModule() skips virtual modules (they have no file): invalidate and reload the page.
      environment.moduleGraph.invalidateModule(mod);
      environment.hot.send({ type: 'full-reload' });
    }
  };
  for (const event of ['add', 'unlink', 'addDir', 'unlinkDir'] as const) server.watcher.on(event, onChange);
}

/**
 * Serves `virtual:problems`: the validated problem bank (`Problem[]`, sorted by
 * difficulty then title) read from `<root>/problems` at build time. An invalid
 * problem fails `vite build` (and shows the dev overlay) with a message naming
 * the file, the field and the reason.
 */
export function problemsPlugin(): Plugin {
  let root = process.cwd();
  return {
    name: 'mockround:problems',
    configResolved(config) {
      root = config.root;
    },
    configureServer(server) {
      watchForNewFiles(server, resolve(root, 'problems'));
    },
    resolveId(id) {
      return id === VIRTUAL_PROBLEMS_ID ? RESOLVED_ID : null;
    },
    load(id) {
      if (id !== RESOLVED_ID) return null;
      const { problems, files } = loadProblemBank(root);
      // Edits to any problem file invalidate the module, so dev reloads with the new content.
      for (const file of files) this.addWatchFile(file);
      // JSON.parse of a string literal is faster to evaluate than the same object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(problems))});\n`;
    },
  };
}
