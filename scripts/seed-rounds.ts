/**
 * npx tsx scripts/seed-rounds.ts <out.json> [--count 1000] [--seed 1] [--end 2026-01-01] [--pack problems]
 * (the default end is fixed, not today, so that the file is the same on every run).
 * Writes an export bundle of realistic saved rounds over the problem bank, for benchmarking History
 * and the dashboard. Deterministic: the same seed, count, end and bank give the same file. Rounds are
 * played through the real round machine, so every one is a record the app could have saved.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { seededRandom } from '../src/domain/generator/seeded-random';
import { createExportBundle, serializeExportBundle } from '../src/domain/history/export-bundle';
import {
  COMPLEXITY_CLASSES,
  COMPLEXITY_LABELS,
  parseComplexity,
} from '../src/domain/problem/complexity';
import { parseProblem } from '../src/domain/problem/parse-problem';
import type { Problem } from '../src/domain/problem/problem.schema';
import { createRound, transition, type RoundEvent } from '../src/domain/round/round-machine';
import { snapshotReference } from '../src/domain/verdict/work-verdicts';
import type { Round } from '../src/domain/round/round.schema';
import { readProblemPack } from './lib/read-problem-dir';

export type SeedProblem = Pick<
  Problem,
  'slug' | 'difficulty' | 'timeLimitMinutes' | 'complexity' | 'starter' | 'solution' | 'tests'
>;
export interface SeedOptions {
  count: number;
  seed: number;
  /** Epoch ms; rounds fall in the year before it. */
  end: number;
}

const DAY = 86_400_000;
const MIN = 60_000;
const SKILL: Record<Problem['difficulty'], number> = { easy: 0.2, medium: 0, hard: -0.25 };
const WENT_WELL = ['Clarified the input early', 'Named the brute force', 'Tested empty input'];
const TO_IMPROVE = ['Watch the off-by-one at the end', 'State the complexity first', 'Plan more'];

/** The user's estimate: right with probability `skill`, else a neighbouring class (the usual slip). */
function estimateOf(reference: string, skill: number, random: () => number): string {
  const i = COMPLEXITY_CLASSES.indexOf(parseComplexity(reference) ?? 'n');
  if (random() < skill) return reference;
  const j = Math.max(0, Math.min(i + (random() < 0.5 ? -1 : 1), COMPLEXITY_CLASSES.length - 1));
  return COMPLEXITY_LABELS[COMPLEXITY_CLASSES[j] ?? 'n'];
}

/** One round on `problem` started at `at`, with outcomes that improve with `progress` (0…1). */
function playRound(
  id: string,
  problem: SeedProblem,
  at: number,
  progress: number,
  random: () => number,
): Round {
  const pick = (list: string[]) => list[Math.floor(random() * list.length)] ?? '';
  const mode = random() < 0.3 ? 'practice' : 'timed';
  const language = random() < 0.6 ? 'ts' : 'js';
  const durationMs = problem.timeLimitMinutes * MIN;
  const skill = Math.max(0.05, Math.min(0.95, 0.35 + 0.45 * progress + SKILL[problem.difficulty]));
  const total = Math.max(1, problem.tests.cases.length);
  const passed = random() < skill ? total : Math.floor(random() * total);
  const usedMs = Math.min(durationMs, Math.round(durationMs * (0.35 + random() * 0.75)));
  const endAt = at + usedMs;
  const codeAt = at + Math.round(Math.min(usedMs / 4, (1 + random() * 2) * MIN));
  const starter = problem.starter[language];
  const events: [RoundEvent, number][] = [
    [{ type: 'prompt-shown', prompt: 'clarify' }, at],
    [
      {
        type: 'add-note',
        id: `${id}-n1`,
        text: 'Input sizes? Can it be empty?',
        prompt: 'clarify',
      },
      at + 30_000,
    ],
    [{ type: 'begin-coding' }, codeAt],
    [
      { type: 'add-note', id: `${id}-n2`, text: 'Brute force first, then cut the repeated work.' },
      codeAt + 20_000,
    ],
  ];
  if (mode === 'practice' && random() < 0.4)
    events.push([{ type: 'use-hint', index: 0 }, codeAt + MIN]);
  const runs = 1 + Math.floor(random() * 4);
  for (let r = 1; r <= runs; r++) {
    const ok = r === runs ? passed : Math.floor((passed * r) / runs);
    const run = {
      mode: r === runs ? 'submit' : 'run',
      status: 'done',
      passed: ok,
      failed: total - ok,
    } as const;
    events.push([
      { type: 'record-run', run },
      Math.round(codeAt + ((endAt - codeAt) * r) / (runs + 1)),
    ]);
  }
  let round = createRound(
    { id, problemSlug: problem.slug, mode, durationMs, language, code: starter },
    at,
  );
  for (const [event, time] of events.sort((a, b) => a[1] - b[1]))
    round = transition(round, event, time);
  if (random() < 0.07) return { ...round, abandonedAt: endAt };

  const code = passed === total ? problem.solution : starter;
  const { time, space } = problem.complexity;
  const estimate = {
    time: estimateOf(time, skill, random),
    space: estimateOf(space, skill, random),
    reason: 'As planned.',
  };
  const result = { passed, failed: total - passed, status: 'done' };
  const recap = {
    wentWell: pick(WENT_WELL),
    toImprove: pick(TO_IMPROVE),
    nextStep: 'Same pattern again',
    feeling: 1 + Math.floor(random() * 5),
    feelingNote: '',
  };
  const ending: [RoundEvent, number][] = [
    [{ type: 'update-code', code, language }, endAt - 1],
    [{ type: usedMs === durationMs ? 'time-up' : 'finish' }, endAt],
    [{ type: 'set-estimate', estimate }, endAt + 40_000],
    [{ type: 'reveal', result, reference: snapshotReference(problem.complexity) }, endAt + 60_000],
    // The code's measured growth (the reference's class: the seeded code is the reference or the
    // starter) and the candidate's own score for space, which is never measured.
    [
      {
        type: 'set-measured',
        measured: {
          best: parseComplexity(problem.complexity.measuredAs ?? time) ?? null,
          confidence: 0.7,
          points: [],
          atMs: 0,
        },
      },
      endAt + 65_000,
    ],
    [
      {
        type: 'score-estimate',
        dimension: 'space',
        verdict: estimate.space === space ? 'right' : 'wrong',
      },
      endAt + 66_000,
    ],
    [
      { type: 'self-score', score: passed === total ? 'correct' : passed > 0 ? 'partly' : 'wrong' },
      endAt + 70_000,
    ],
    [{ type: 'to-recap' }, endAt + 80_000],
    [{ type: 'save-recap', recap }, endAt + 3 * MIN],
  ];
  return ending.reduce((r, [event, at]) => transition(r, event, at), round);
}

/** `count` rounds over the year before `end`, oldest first, skill growing over time. */
export function seedRounds(
  problems: readonly SeedProblem[],
  { count, seed, end }: SeedOptions,
): Round[] {
  if (problems.length === 0) throw new Error('seedRounds needs at least one problem');
  const random = seededRandom(seed);
  const from = end - 365 * DAY;
  const starts = Array.from({ length: count }, () =>
    Math.round(from + Math.floor(random() * 365) * DAY + (7 + random() * 15) * 3_600_000),
  );
  return starts
    .sort((a, b) => a - b)
    .map((at, i) => {
      const problem = problems[Math.floor(random() * problems.length)] as SeedProblem;
      const id = `seed-${String(i + 1).padStart(5, '0')}`;
      return playRound(id, problem, at, (at - from) / (365 * DAY), random);
    });
}

/** Every problem of a pack folder (each parsed and validated like the app does). */
export function readSeedProblems(packDir: string): Problem[] {
  return readProblemPack(packDir).map(({ dir, files }) => parseProblem(dir, files));
}

/** Writes the bundle file; returns how many rounds it holds. */
export function writeSeedBundle(outPath: string, packDir: string, options: SeedOptions): number {
  const rounds = seedRounds(readSeedProblems(packDir), options);
  writeFileSync(outPath, serializeExportBundle(createExportBundle(rounds, options.end)));
  return rounds.length;
}

const USAGE =
  'usage: tsx scripts/seed-rounds.ts <out.json> [--count N] [--seed S] [--end ISO-date] [--pack dir]';

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      count: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' },
      end: { type: 'string', default: '2026-01-01T00:00:00Z' },
      pack: { type: 'string', default: 'problems' },
    },
  });
  const [out] = positionals;
  const options = {
    count: Number(values.count),
    seed: Number(values.seed),
    end: Date.parse(values.end),
  };
  if (
    !out ||
    !(Number.isInteger(options.count) && options.count >= 0) ||
    !Number.isFinite(options.seed + options.end)
  ) {
    console.error(USAGE);
    process.exit(2);
  }
  const n = writeSeedBundle(resolve(out), resolve(values.pack), options);
  console.log(`wrote ${n} rounds to ${out}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
