import { relative, resolve, sep } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { parseProblem, ProblemError } from '../../src/domain/problem/parse-problem';
import { splitProblem } from '../../src/domain/problem/problem-parts';
import type { Problem } from '../../src/domain/problem/problem.schema';
import { readProblemDir, readProblemPack } from './read-problem-dir';

export const VIRTUAL_PROBLEMS_ID = 'virtual:problems';
/** The rest loaders, apart: a problem page imports them only when Submit or the reveal needs the rest. */
export const VIRTUAL_REST_LOADERS_ID = 'virtual:problem-rest-loaders';
/** One problem's page (statement, starter, visible tests): its own chunk, loaded when its page opens. */
export const VIRTUAL_PROBLEM_PREFIX = 'virtual:problem/';
/** The rest of a problem (hidden tests, reference, generator): loaded when Submit or the reveal needs it. */
export const VIRTUAL_PROBLEM_REST_PREFIX = 'virtual:problem-rest/';
// The \0 prefix tells other plugins this id is virtual and not a file to transform.
const RESOLVED_ID = `\0${VIRTUAL_PROBLEMS_ID}`;
const RESOLVED_REST_LOADERS_ID = `\0${VIRTUAL_REST_LOADERS_ID}`;
const RESOLVED_PROBLEM_PREFIX = `\0${VIRTUAL_PROBLEM_PREFIX}`;
const RESOLVED_REST_PREFIX = `\0${VIRTUAL_PROBLEM_REST_PREFIX}`;
const DIFFICULTY_ORDER: Record<Problem['difficulty'], number> = { easy: 0, medium: 1, hard: 2 };

/** Easy before medium before hard, then by title. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      DIFFICULTY_ORDER[a.difficulty] - DIFFICULTY_ORDER[b.difficulty] ||
      a.title.localeCompare(b.title, 'en'),
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

/** `export const <name> = { slug: () => import('<prefix><slug>'), … }`: one lazy chunk each. */
function loadersModule(name: string, problems: readonly Problem[], prefix: string): string {
  const entries = problems
    .map((p) => `  ${JSON.stringify(p.slug)}: () => import(${JSON.stringify(prefix + p.slug)}),`)
    .join('\n');
  return `export const ${name} = {\n${entries}\n};\n`;
}

/**
 * The bank module: summaries for the list (small, in the first load) and one
 * loader per problem page whose dynamic import becomes a chunk of its own.
 */
function bankModule(problems: readonly Problem[]): string {
  const summaries = problems.map(({ slug, title, difficulty, tags, timeLimitMinutes }) => ({
    slug,
    title,
    difficulty,
    tags,
    timeLimitMinutes,
  }));
  return (
    `export const summaries = JSON.parse(${JSON.stringify(JSON.stringify(summaries))});\n` +
    loadersModule('loaders', problems, VIRTUAL_PROBLEM_PREFIX)
  );
}

/** Dev server: a problem folder or file added or removed also rebuilds the bank. */
function watchForNewFiles(server: ViteDevServer, problemsDir: string, forget: () => void): void {
  server.watcher.add(problemsDir);
  const onChange = (path: string): void => {
    if (!resolve(path).startsWith(problemsDir + sep)) return;
    forget();
    // Every environment that loaded the bank (client in the browser, ssr in tests) rebuilds it.
    for (const environment of Object.values(server.environments)) {
      const mods = [RESOLVED_ID, RESOLVED_REST_LOADERS_ID].flatMap(
        (id) => environment.moduleGraph.getModuleById(id) ?? [],
      );
      if (mods.length === 0) continue;
      // reloadModule() skips virtual modules (they have no file): invalidate and reload the page.
      for (const mod of mods) environment.moduleGraph.invalidateModule(mod);
      environment.hot.send({ type: 'full-reload' });
    }
  };
  for (const event of ['add', 'unlink', 'addDir', 'unlinkDir'] as const)
    server.watcher.on(event, onChange);
}

/**
 * Serves `virtual:problems`: summaries of the validated problem bank (sorted by
 * difficulty then title) and a lazy loader per problem page (`virtual:problem/<slug>`);
 * `virtual:problem-rest-loaders`: one per problem's rest (`virtual:problem-rest/<slug>`);
 * read from `<root>/problems` at build time. An invalid
 * problem fails `vite build` (and shows the dev overlay) with a message naming
 * the file, the field and the reason.
 */
export function problemsPlugin(): Plugin {
  let root = process.cwd();
  // Both bank modules come from one read of the bank (per build; again after a problem changes).
  let bank: ReturnType<typeof loadProblemBank> | undefined;
  const readBank = () => (bank ??= loadProblemBank(root));
  return {
    name: 'mockround:problems',
    configResolved(config) {
      root = config.root;
    },
    configureServer(server) {
      watchForNewFiles(server, resolve(root, 'problems'), () => (bank = undefined));
    },
    buildStart() {
      bank = undefined;
    },
    watchChange() {
      bank = undefined;
    },
    resolveId(id) {
      if (id === VIRTUAL_PROBLEMS_ID) return RESOLVED_ID;
      if (id === VIRTUAL_REST_LOADERS_ID) return RESOLVED_REST_LOADERS_ID;
      return id.startsWith(VIRTUAL_PROBLEM_PREFIX) || id.startsWith(VIRTUAL_PROBLEM_REST_PREFIX)
        ? `\0${id}`
        : null;
    },
    load(id) {
      if (id === RESOLVED_ID) {
        const { problems, files } = readBank();
        // Edits to any problem file invalidate the module, so dev reloads with the new content.
        for (const file of files) this.addWatchFile(file);
        return bankModule(problems);
      }
      if (id === RESOLVED_REST_LOADERS_ID) {
        const { problems, files } = readBank();
        for (const file of files) this.addWatchFile(file);
        return loadersModule('restLoaders', problems, VIRTUAL_PROBLEM_REST_PREFIX);
      }
      const rest = id.startsWith(RESOLVED_REST_PREFIX);
      if (!rest && !id.startsWith(RESOLVED_PROBLEM_PREFIX)) return null;
      const slug = id.slice((rest ? RESOLVED_REST_PREFIX : RESOLVED_PROBLEM_PREFIX).length);
      const dir = resolve(root, 'problems', slug);
      const files = readProblemDir(dir);
      for (const name of Object.keys(files)) this.addWatchFile(resolve(dir, name));
      const parts = splitProblem(parseProblem(`problems/${slug}`, files));
      // JSON.parse of a string literal is faster to evaluate than the same object literal.
      const part = rest ? parts.rest : parts.page;
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(part))});\n`;
    },
  };
}
