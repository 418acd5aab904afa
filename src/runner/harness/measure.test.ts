import { describe, expect, it } from 'vitest';
import type { MeasureRequest } from '../protocol';
import {
  copiesPerBatch,
  lowQuantile,
  median,
  nextBatchSize,
  sampleTarget,
  timeSubject,
  type MeasureSubject,
} from './measure';

const request: MeasureRequest = { n: 100, seed: 42, sampleMs: 90, minBatchMs: 1, maxSamples: 30 };

/**
 * A fake clock and a subject whose every call "takes" costMs of fake time,
 * plus `spike` ms on calls for which `spiky(i)` is true (another process, a GC pause).
 */
function fake(
  costMs: number,
  options: {
    mutates?: boolean;
    async?: boolean;
    returns?: unknown;
    spike?: number;
    spiky?: (call: number) => boolean;
    copyMs?: number;
    tickMs?: number;
  } = {},
) {
  let time = 0;
  let calls = 0;
  const prepared: { touched: boolean }[] = [];
  const subject: MeasureSubject = {
    weight: 1000,
    prepare() {
      time += options.copyMs ?? costMs / 10; // copying takes time too, but outside the timer
      const input = { touched: false };
      prepared.push(input);
      return input;
    },
    call(input) {
      calls += 1;
      time += costMs + (options.spiky?.(calls) ? (options.spike ?? 0) : 0);
      if (options.mutates) (input as { touched: boolean }).touched = true;
      const value = 'returns' in options ? options.returns : 1;
      return options.async ? Promise.resolve(value) : value;
    },
    changed: (input) => (input as { touched: boolean }).touched,
  };
  // Chromium coarsens performance.now() in workers to 0.1 ms: tickMs models that.
  const clock = () => (options.tickMs ? Math.floor(time / options.tickMs) * options.tickMs : time);
  return { subject, clock, calls: () => calls, prepared };
}

describe('batch sizing', () => {
  it('grows a batch towards the minimum batch length, by at most 100× a step', () => {
    expect(nextBatchSize(1, 0.01, 1, 1e6)).toBe(100);
    expect(nextBatchSize(100, 0.5, 1, 1e6)).toBe(240);
    expect(nextBatchSize(10, 0, 1, 1e6)).toBe(100);
    expect(nextBatchSize(10, 0.001, 1, 50)).toBe(50);
  });

  it('bounds the copies of a mutated input by memory and by copying time', () => {
    expect(copiesPerBatch(8_000_000, 0.001, 1)).toBe(1);
    expect(copiesPerBatch(100, 0.01, 1)).toBe(400);
    expect(copiesPerBatch(100, 0, 1)).toBe(80_000);
  });

  it('times fewer batches when a single call is slow', () => {
    expect(sampleTarget(1, 90)).toBe(3);
    expect(sampleTarget(40, 90)).toBe(2);
    expect(sampleTarget(200, 90)).toBe(1);
  });

  it('takes the lower decile, which interference cannot raise', () => {
    const times = [10, 11, 10.5, 30, 29, 31, 10.2, 32, 33, 34];
    expect(lowQuantile(times)).toBe(10);
    expect(median(times)).toBeGreaterThan(20);
    expect(median([3, 1, 2])).toBe(2);
  });
});

describe('timeSubject on a fake clock', () => {
  it('reports the time of one call from batches at least minBatchMs long', async () => {
    const f = fake(0.001);
    const timing = await timeSubject(f.subject, request, f.clock);
    expect(timing.ms).toBeCloseTo(0.001, 6);
    expect(timing.callsPerBatch * 0.001).toBeGreaterThanOrEqual(request.minBatchMs);
    expect(timing.samples).toBe(request.maxSamples);
    expect(timing).toMatchObject({ mutatesInput: false, returnedNothing: false });
    // An input that is not changed is prepared once and shared by every call.
    expect(f.prepared).toHaveLength(1);
  });

  it('is not fooled by interference on half of the calls', async () => {
    const f = fake(0.01, { spike: 0.05, spiky: (call) => Math.floor(call / 400) % 2 === 1 });
    const timing = await timeSubject(f.subject, request, f.clock);
    expect(timing.ms).toBeLessThan(0.0115);
    expect(timing.medianMs).toBeGreaterThan(timing.ms);
  });

  it('gives every call its own copy when the code mutates its input', async () => {
    const f = fake(0.002, { mutates: true });
    const timing = await timeSubject(f.subject, request, f.clock);
    expect(timing.mutatesInput).toBe(true);
    expect(timing.ms).toBeCloseTo(0.002, 6);
    expect(f.prepared.length).toBeGreaterThanOrEqual(f.calls());
  });

  it('stays accurate with a 0.1 ms clock, as in a Chromium worker', async () => {
    const f = fake(0.0005, { tickMs: 0.1 });
    const timing = await timeSubject(f.subject, { ...request, minBatchMs: 4 }, f.clock);
    expect(timing.ms / 0.0005).toBeGreaterThan(0.95);
    expect(timing.ms / 0.0005).toBeLessThan(1.05);
  });

  it('bounds the copies per batch by their cost even when a 0.1 ms clock cannot see one copy', async () => {
    const f = fake(0.001, { mutates: true, copyMs: 0.01, tickMs: 0.1 });
    const timing = await timeSubject(f.subject, { ...request, minBatchMs: 4 }, f.clock);
    // Copies may take 4 batch lengths (16 ms): 1600 copies of 0.01 ms.
    expect(timing.callsPerBatch).toBeLessThanOrEqual(1700);
    expect(timing.ms).toBeGreaterThan(0.0009);
    expect(timing.ms).toBeLessThan(0.0011);
  });

  it('stops after one sample when a single call eats the size budget', async () => {
    const f = fake(500);
    const timing = await timeSubject(f.subject, request, f.clock);
    expect(timing).toMatchObject({ ms: 500, samples: 1, callsPerBatch: 1 });
    expect(f.calls()).toBe(2);
  });

  it('awaits promises and notices a function that returns nothing', async () => {
    const f = fake(0.01, { async: true, returns: undefined });
    const timing = await timeSubject(f.subject, request, f.clock);
    expect(timing.returnedNothing).toBe(true);
    expect(timing.ms).toBeCloseTo(0.01, 6);
  });

  it('lets an error thrown by the code escape to the caller', async () => {
    const subject: MeasureSubject = {
      weight: 1,
      prepare: () => null,
      call: () => {
        throw new RangeError('too deep');
      },
      changed: () => false,
    };
    await expect(timeSubject(subject, request)).rejects.toThrow('too deep');
  });
});
