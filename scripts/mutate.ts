/**
 * npm run mutate -- [slug…] [--json] [--write] [--stale] [--language js|py] [--lanes N] [--pack <dir>] [--budget-scale x]
 * Mutation testing of reference solutions: every mutant Stryker's instrumenter makes of a
 * problem's solution.js, and every mutant the Python generator (py-mutants.ts) makes of its
 * solution.py, runs through the judge (every test, hidden ones and specs included).
 * --language limits the run to one language's references.
 * Prints killed/total per problem and each undeclared survivor as a diff.
 * --write records the outcome in the problem's mutants.json (validate trusts a record whose
 * fingerprint still matches); --stale runs only problems whose record is missing or out of date.
 * --budget-scale multiplies every run's budget, for a loaded machine (it can only add survivors).
 * Exit 1 when a mutant survives undeclared, a declaration is stale, or a reference fails.
 */
import { writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseProblem } from '../src/domain/problem/parse-problem';
import type { Problem } from '../src/domain/problem/problem.schema';
import { languagesOf, readMutantsFile } from './lib/mutation/check-mutation';
import { mutantDiff } from './lib/mutation/format-mutant';
import { createLimiter } from './lib/mutation/limiter';
import { keyOf, sameKey, type MutationLanguage } from './lib/mutation/mutant';
import { formatMutantsFile, MUTANTS_FILE, type MutantsFile } from './lib/mutation/mutants-file';
import { fingerprint, judgeSurvivors, recordOf } from './lib/mutation/mutation-verdict';
import { mutateProblem, type ProblemMutation } from './lib/mutation/run-mutants';
import { readProblemPack } from './lib/read-problem-dir';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const json = flag('--json');
const write = flag('--write');
const staleOnly = flag('--stale');
const lanes = Math.max(1, Number(option('--lanes') ?? availableParallelism()));
const packDir = resolve(option('--pack') ?? 'problems');
const budgetScale = Number(option('--budget-scale') ?? 1);
const onlyLanguage = option('--language');
if (onlyLanguage !== undefined && !['js', 'py'].includes(onlyLanguage)) {
  console.error('mutate: --language must be js or py');
  process.exit(2);
}
if (!(budgetScale >= 1)) {
  console.error('mutate: --budget-scale must be a number >= 1');
  process.exit(2);
}
const valued = new Set([
  option('--lanes'),
  option('--pack'),
  option('--budget-scale'),
  onlyLanguage,
]);
const slugs = args.filter((a) => !a.startsWith('--') && !valued.has(a));

interface Target {
  dir: string;
  problem: Problem;
  content: MutantsFile;
}

const targets: Target[] = [];
const errors: string[] = [];
for (const { dir, files } of readProblemPack(packDir)) {
  const slug = basename(dir);
  if (slugs.length && !slugs.includes(slug)) continue;
  const rel = `${basename(packDir)}/${slug}`;
  try {
    const problem = parseProblem(rel, files);
    targets.push({ dir, problem, content: readMutantsFile(files, rel) });
  } catch (error) {
    errors.push(`✗ ${slug}: ${(error as Error).message}`);
  }
}
const unknown = slugs.filter(
  (s) => !targets.some((t) => t.problem.slug === s) && !errors.some((e) => e.startsWith(`✗ ${s}:`)),
);
if (unknown.length) {
  console.error(`mutate: no problem folder named ${unknown.join(', ')} in ${packDir}`);
  process.exit(2);
}

interface Job {
  target: Target;
  language: MutationLanguage;
}
const jobs: Job[] = targets.flatMap((target) =>
  languagesOf(target.problem)
    .filter((language) => onlyLanguage === undefined || language.id === onlyLanguage)
    .filter((language) => {
      if (!staleOnly) return true;
      const record = target.content[language.id as keyof MutantsFile]?.record;
      return record?.fingerprint !== fingerprint(target.problem, language);
    })
    .map((language) => ({ target, language })),
);

const started = performance.now();
const limit = createLimiter(lanes);
const pct = (killed: number, total: number) => (total ? Math.floor((100 * killed) / total) : 100);

interface JobResult {
  slug: string;
  language: string;
  run?: ProblemMutation;
  failures: string[];
  error?: string;
}

async function runJob({ target, language }: Job): Promise<JobResult> {
  const { problem } = target;
  const section = target.content[language.id as keyof MutantsFile];
  const declared = section?.equivalent ?? [];
  let run: ProblemMutation;
  try {
    run = await mutateProblem(problem, language, {
      limit,
      budgetScale,
      expectSurvivor: (m) => declared.some((d) => sameKey(d, keyOf(m))),
    });
  } catch (error) {
    const message = (error as Error).message;
    if (!json) console.log(`✗ ${problem.slug} (${language.id}): ${message}`);
    return { slug: problem.slug, language: language.id, failures: [message], error: message };
  }
  const survivors = run.outcomes.filter((o) => !o.killed);
  const failures = judgeSurvivors(
    survivors.map((o) => keyOf(o.mutant)),
    declared,
    language,
    run,
  );
  if (write) {
    target.content[language.id as keyof MutantsFile] = {
      equivalent: declared,
      record: recordOf(run, problem, language),
    };
    writeFileSync(join(target.dir, MUTANTS_FILE), formatMutantsFile(target.content));
  }
  if (!json) {
    const equivalent =
      survivors.length -
      survivors.filter((o) => !declared.some((d) => sameKey(d, keyOf(o.mutant)))).length;
    const mark = failures.length ? '✗' : '✓';
    const extra = survivors.length
      ? `, ${survivors.length} survived (${equivalent} declared equivalent)`
      : '';
    console.log(
      `${mark} ${problem.slug} (${language.id}): ${run.killed}/${run.total} killed (${pct(run.killed, run.total)} %)${extra}, ${(run.ms / 1000).toFixed(1)} s`,
    );
    const reference = language.reference(problem) ?? '';
    for (const o of survivors) {
      if (declared.some((d) => sameKey(d, keyOf(o.mutant)))) continue;
      console.log(
        `    survivor ${mutantDiff(o.mutant, reference, language.file).replace(/\n/g, '\n    ')}`,
      );
    }
    for (const f of failures.filter((f) => f.startsWith(MUTANTS_FILE))) console.log(`    ${f}`);
  }
  return { slug: problem.slug, language: language.id, run, failures };
}

for (const e of errors) if (!json) console.log(e);
const results = await Promise.all(jobs.map(runJob));
const seconds = (performance.now() - started) / 1000;
const killed = results.reduce((s, r) => s + (r.run?.killed ?? 0), 0);
const total = results.reduce((s, r) => s + (r.run?.total ?? 0), 0);
const failing = results.filter((r) => r.failures.length).length + errors.length;
const load = loadavg()
  .map((l) => l.toFixed(2))
  .join(' ');

if (json) {
  const report = results.map((r) => ({
    slug: r.slug,
    language: r.language,
    killed: r.run?.killed ?? 0,
    total: r.run?.total ?? 0,
    ms: r.run?.ms ?? 0,
    error: r.error,
    failures: r.failures,
    survivors: (r.run?.outcomes ?? [])
      .filter((o) => !o.killed)
      .map((o) => ({ ...keyOf(o.mutant), original: o.mutant.original })),
  }));
  console.log(
    JSON.stringify({ problems: report, errors, killed, total, seconds, lanes, load }, null, 2),
  );
} else {
  console.log(
    `\nmutants: ${killed}/${total} killed (${pct(killed, total)} %) in ${jobs.length} runs, ${failing} problem${failing === 1 ? '' : 's'} failing; ${seconds.toFixed(1)} s on ${lanes} lane${lanes === 1 ? '' : 's'}, load ${load}`,
  );
}
process.exitCode = failing > 0 ? 1 : 0;
