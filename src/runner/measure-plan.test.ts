import { describe, expect, it } from 'vitest';
import {
  EXPLOSIVE_EXPONENT,
  nextSize,
  nextStep,
  planFor,
  predictSpentMs,
  type SizeRecord,
} from './measure-plan';

const record = (n: number, ms: number, spentMs = 50): SizeRecord => ({
  n,
  ms,
  generateMs: 0,
  spentMs,
});

/**
 * Runs the schedule against a made-up cost per call: each size "takes" what
 * predictSpentMs says plus the calls themselves, as a clock would see it.
 */
function simulate(costMs: (n: number) => number, budgetMs = 3000) {
  const plan = planFor(budgetMs);
  const done: SizeRecord[] = [];
  let elapsed = 0;
  for (;;) {
    const step = nextStep(done, elapsed, plan);
    if ('stop' in step) return { sizes: done.map((r) => r.n), stop: step.stop, elapsed };
    const ms = costMs(step.n);
    const spentMs = plan.sampleMs * 1.3 + ms * 4;
    expect(step.capMs).toBeLessThanOrEqual(budgetMs * plan.sizeShare);
    done.push(record(step.n, ms, spentMs));
    elapsed += spentMs;
  }
}

describe('planFor', () => {
  it('scales the time per size with the budget', () => {
    expect(planFor(3000).sampleMs).toBeCloseTo(90);
    expect(planFor(1000).sampleMs).toBeCloseTo(30);
    expect(planFor(3000, { maxN: 1024 }).maxN).toBe(1024);
  });
});

describe('nextSize', () => {
  it('doubles n while growth is polynomial', () => {
    expect(nextSize([record(4, 1)])).toEqual({ n: 8, ratio: 2 });
    // n²: 4× per doubling, so the next call is predicted 4× slower.
    const { n, ratio } = nextSize([record(64, 1), record(128, 4)]);
    expect(n).toBe(256);
    expect(ratio).toBeCloseTo(4);
  });

  it('switches to small additive steps when growth is explosive', () => {
    // 2ⁿ from 8 to 16 is a 256× jump: local exponent 8, far above the threshold.
    const exponential = [record(8, 0.001), record(16, 0.256)];
    expect(Math.log2(256)).toBeGreaterThan(EXPLOSIVE_EXPONENT);
    const { n, ratio } = nextSize(exponential);
    expect(n).toBeGreaterThan(16);
    expect(n).toBeLessThanOrEqual(18);
    expect(ratio).toBeGreaterThan(1.5);
    expect(ratio).toBeLessThan(5);
  });

  it('stays additive once additive, but never more than doubles n', () => {
    const { n } = nextSize([record(20, 1), record(22, 1.05)]);
    expect(n).toBeGreaterThan(22);
    expect(n).toBeLessThanOrEqual(44);
  });

  it('doubles again when the time falls back after the jump that made it step additively (one slow size)', () => {
    expect(nextSize([record(4096, 0.1), record(8192, 1), record(10240, 0.12)])).toEqual({
      n: 20480,
      ratio: 2,
    });
    // An exponential whose last step was timed low (a busy core slowed the one before) stays additive.
    const noisy = nextSize([record(30, 10), record(32, 30), record(34, 25)]);
    expect(noisy.n).toBeGreaterThan(34);
    expect(noisy.n).toBeLessThanOrEqual(40);
  });
});

describe('nextStep', () => {
  const plan = planFor(3000);

  it('starts at the smallest size with a cap of its share of the budget', () => {
    expect(nextStep([], 0, plan)).toEqual({
      n: plan.startN,
      capMs: plan.budgetMs * plan.sizeShare,
    });
    expect(nextStep([], 2900, plan)).toEqual({ n: plan.startN, capMs: 100 });
  });

  it('stops at the largest size, on a call predicted too slow, and when the budget is spent', () => {
    expect(nextStep([record(plan.maxN / 2, 1), record(plan.maxN, 1.1)], 100, plan)).toEqual({
      stop: `reached the largest size, n = ${plan.maxN}`,
    });
    const slow = nextStep([record(1024, 50), record(2048, 200)], 500, plan);
    expect(slow).toEqual({
      stop: expect.stringMatching(/one call at n = 4096 would take about 800 ms/),
    });
    expect(nextStep([record(4, 0.001)], 3000, plan)).toEqual({ stop: 'the time budget is spent' });
    expect(nextStep([record(4, 0.001, 100), record(8, 0.002, 100)], 2950, plan)).toEqual({
      stop: 'the time budget is spent',
    });
  });

  it('follows a given list of sizes (the reference timed on the user sizes)', () => {
    const fixed = planFor(1500, { sizes: [4, 8, 16, 32] });
    expect(nextStep([], 0, fixed)).toMatchObject({ n: 4 });
    expect(nextStep([record(4, 0.001), record(8, 0.002)], 100, fixed)).toMatchObject({ n: 16 });
    expect(
      nextStep(
        [4, 8, 16, 32].map((n) => record(n, 0.001)),
        100,
        fixed,
      ),
    ).toEqual({ stop: 'every size was timed' });
  });

  it('predicts the next size from the per-size overhead and the calls', () => {
    // 40 ms of overhead beyond sampling at n = 1000 scales to 80 ms at n = 2000.
    const last = { n: 1000, ms: 1, generateMs: 0, spentMs: plan.sampleMs * 1.3 + 40 };
    expect(predictSpentMs(last, 2000, 2, plan)).toBeCloseTo(plan.sampleMs + 2 + 2 + 80);
  });
});

describe('the whole schedule on made-up timings', () => {
  it('doubles a linear function from the smallest size on to the largest one, where n and n log n differ most', () => {
    const run = simulate((n) => 1e-4 + n * 1e-5);
    expect(run.sizes[0]).toBe(4);
    expect(run.sizes.at(-1)).toBe(planFor().maxN);
    expect(run.stop).toBe(`reached the largest size, n = ${planFor().maxN}`);
    expect(run.sizes.every((n, i) => i === 0 || n === 2 * (run.sizes[i - 1] as number))).toBe(true);
    expect(run.elapsed).toBeLessThan(3000);
  });

  it('stops one size past a jump in the time per call that stays (a hash table leaving the cache), not at a single slow size', () => {
    const jump = simulate((n) => 1e-4 + n * 1e-5 * (n >= 8192 ? 10 : 1));
    expect(jump.sizes.at(-2)).toBe(8192);
    expect(jump.stop).toMatch(
      /^the time per call jumped 20\.0× from n = 4096 to n = 8192 .*the fit stops at n = 4096$/,
    );
    const spike = simulate((n) => 1e-4 + n * 1e-5 * (n === 8192 ? 10 : 1));
    expect(spike.sizes.at(-1)).toBe(planFor().maxN);
  });

  it('takes a logarithmic function on to the largest size, where log n stands out from the overhead', () => {
    const run = simulate((n) => 1e-5 + 1e-6 * Math.log2(n));
    expect(run.sizes.at(-1)).toBe(planFor().maxN);
    expect(run.stop).toBe(`reached the largest size, n = ${planFor().maxN}`);
    expect(run.elapsed).toBeLessThan(3000);
  });

  it('stops a cubic function before one call gets too slow', () => {
    const run = simulate((n) => n ** 3 * 1e-6);
    expect(run.stop).toMatch(/one call at n = \d+ would take/);
    expect(run.sizes.length).toBeGreaterThanOrEqual(6);
    expect(run.elapsed).toBeLessThan(3000);
  });

  it('steps an exponential function in small increments and still times enough sizes', () => {
    const run = simulate((n) => 2 ** n * 1e-5);
    const steps = run.sizes.slice(1).map((n, i) => n - (run.sizes[i] as number));
    expect(run.sizes.length).toBeGreaterThanOrEqual(8);
    expect(steps.slice(-4).every((s) => s <= 2)).toBe(true);
    expect(run.elapsed).toBeLessThan(3000);
  });
});
