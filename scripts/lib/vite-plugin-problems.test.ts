import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { build, type Plugin, type Rollup } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { problemFixtureFiles } from '../../src/content/problem.fixture';
import { readProblemDir, readProblemPack } from './read-problem-dir';
import { loadProblemBank, problemsPlugin } from './vite-plugin-problems';

let roots: string[] = [];
afterEach(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
  roots = [];
});

function makeRoot(problems: Record<string, Record<string, string>>): string {
  const root = mkdtempSync(join(tmpdir(), 'mockround-plugin-'));
  roots.push(root);
  for (const [slug, files] of Object.entries(problems)) {
    for (const [name, text] of Object.entries(files)) {
      const path = join(root, 'problems', slug, name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
    }
  }
  writeFileSync(join(root, 'problems', 'README.md'), '# authoring guide\n');
  return root;
}

const valid = (slug: string, title: string, difficulty = 'easy') =>
  problemFixtureFiles({ slug, title, difficulty });
const FILES = problemFixtureFiles({ slug: 'x', title: 'x' });

/** A real `vite build` of a one-line entry that imports the virtual module; the entry chunk first. */
async function buildBank(root: string): Promise<Rollup.OutputChunk[]> {
  writeFileSync(
    join(root, 'entry.js'),
    "export { summaries, loaders } from 'virtual:problems';\n" +
      "export { restLoaders } from 'virtual:problem-rest-loaders';\n",
  );
  const output = (await build({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [problemsPlugin()],
    build: {
      write: false,
      minify: false,
      lib: { entry: join(root, 'entry.js'), formats: ['es'], fileName: 'bank' },
    },
  })) as Rollup.RollupOutput[];
  const chunks: Rollup.OutputChunk[] = [];
  for (const item of output[0]?.output ?? []) if (item.type === 'chunk') chunks.push(item);
  if (chunks.length === 0) throw new Error('the build produced no chunk');
  return chunks.sort((a, b) => Number(b.isEntry) - Number(a.isEntry));
}

const importCode = (code: string): Promise<unknown> =>
  import(`data:text/javascript,${encodeURIComponent(code)}`);

describe('readProblemDir / readProblemPack', () => {
  it('reads nested files as text with posix keys and skips dotfiles and loose files', () => {
    const root = makeRoot({ 'add-two': { ...valid('add-two', 'Add Two'), '.DS_Store': 'x' } });
    const files = readProblemDir(join(root, 'problems', 'add-two'));
    expect(Object.keys(files).sort()).toEqual([
      'generator.js',
      'problem.md',
      'solution.js',
      'starter.js',
      'starter.ts',
      'tests.json',
      'wrong/subtracts.js',
    ]);
    expect(files['wrong/subtracts.js']).toContain('a - b');
    const pack = readProblemPack(join(root, 'problems'));
    expect(pack.map((p) => p.dir)).toEqual([join(root, 'problems', 'add-two')]);
  });
});

describe('problemsPlugin', () => {
  it('builds summaries sorted by difficulty, then title, and one lazy chunk per problem', async () => {
    const root = makeRoot({
      'zed-sum': valid('zed-sum', 'Zed Sum'),
      'hard-sum': valid('hard-sum', 'A Hard Sum', 'hard'),
      'add-two': valid('add-two', 'Add Two'),
    });
    const [entry, ...lazy] = await buildBank(root);
    const bank = (await importCode(entry?.code ?? '')) as {
      summaries: { slug: string }[];
      loaders: Record<string, unknown>;
      restLoaders: Record<string, unknown>;
    };
    expect(bank.summaries.map((p) => p.slug)).toEqual(['add-two', 'zed-sum', 'hard-sum']);
    expect(bank.summaries[0]).toEqual({
      slug: 'add-two',
      title: 'Add Two',
      difficulty: 'easy',
      tags: ['arrays-hashing'],
      timeLimitMinutes: 15,
    });
    expect(Object.keys(bank.loaders)).toEqual(['add-two', 'zed-sum', 'hard-sum']);
    expect(Object.keys(bank.restLoaders)).toEqual(['add-two', 'zed-sum', 'hard-sum']);
    // The tests and solutions stay out of the entry: each problem is two chunks of its own,
    // the page (statement, visible tests) and the rest (hidden tests, reference, wrong ones).
    expect(entry?.code).not.toContain('subtracts');
    expect(lazy).toHaveLength(6);
    const page = lazy.find((c) => c.code.includes('Add Two'));
    const pageModule = (await importCode(page?.code ?? '')) as {
      default: { slug: string; tests: unknown };
    };
    expect(pageModule.default).not.toHaveProperty('wrong');
    expect(pageModule.default.tests).toEqual({
      compare: 'exact',
      cases: [{ name: 'small', args: [1, 2], expected: 3, hidden: false }],
    });
    const rests = await Promise.all(
      lazy.filter((c) => c.code.includes('subtracts')).map((c) => importCode(c.code)),
    );
    expect(rests).toHaveLength(3);
    expect((rests[0] as { default: { wrong: unknown } }).default.wrong).toEqual([
      { name: 'subtracts', code: FILES['wrong/subtracts.js'] },
    ]);
  });

  it('fails vite build naming the file, the field and the reason', async () => {
    const broken = valid('broken-one', 'Broken');
    broken['problem.md'] = (broken['problem.md'] as string).replace(
      'difficulty: easy',
      'difficulty: trivial',
    );
    const root = makeRoot({ 'add-two': valid('add-two', 'Add Two'), 'broken-one': broken });
    const failure = await buildBank(root).then(
      () => new Error('the build succeeded'),
      (error: unknown) => error as Error,
    );
    expect(failure.message).toContain('problems/broken-one/problem.md: difficulty:');
    expect(failure.message).toMatch(/difficulty: .*"easy"\|"medium"\|"hard"/);
  });

  it('reports every invalid problem at once, including a folder without problem.md', () => {
    const noMd: Record<string, string> = { ...FILES };
    delete noMd['problem.md'];
    const badTests = {
      ...valid('bad-tests', 'Bad Tests'),
      'tests.json': '{"cases": [{"name": "x"}]}',
    };
    const root = makeRoot({ 'no-md': noMd, 'bad-tests': badTests });
    expect(() => loadProblemBank(root)).toThrow(
      /2 invalid problems[\s\S]*problems\/bad-tests\/tests\.json: cases\.0\.args:[\s\S]*problems\/no-md\/problem\.md: \(file\): missing/,
    );
  });

  it('registers every problem file with addWatchFile so dev reloads on edits', async () => {
    const root = makeRoot({ 'add-two': valid('add-two', 'Add Two') });
    const plugin = problemsPlugin();
    const watched: string[] = [];
    const hook = <K extends keyof Plugin>(name: K) =>
      plugin[name] as unknown as (this: unknown, ...args: unknown[]) => unknown;
    hook('configResolved').call(undefined, { root });
    const id = hook('resolveId').call(undefined, 'virtual:problems');
    expect(hook('resolveId').call(undefined, './other.js')).toBeNull();
    const code = hook('load').call({ addWatchFile: (file: string) => watched.push(file) }, id);
    expect(code).toMatch(/^export const summaries = JSON\.parse\(/);
    expect(watched).toContain(join(root, 'problems', 'add-two', 'wrong', 'subtracts.js'));
    expect(watched).toHaveLength(Object.keys(valid('add-two', 'x')).length);
  });
});
