import { z } from '../domain/mini-zod';

const timeSchema = z.strictObject({ now: z.number() });

/**
 * How far the relay's clock is ahead of this machine's (ms), from the fastest of a few round
 * trips to `/relay/time` (error ≤ half that trip). Both sides of a round express the timer in
 * the relay's clock, so two machines whose clocks disagree still count down to one deadline.
 */
export async function measureRelayOffset(httpBase: string, samples = 3): Promise<number> {
  let best: { rtt: number; offset: number } | null = null;
  for (let i = 0; i < samples; i += 1) {
    const sent = Date.now();
    const response = await fetch(`${httpBase}/relay/time`, { cache: 'no-store' });
    const received = Date.now();
    if (!response.ok) throw new Error(`relay time: HTTP ${response.status}`);
    const { now } = timeSchema.parse(await response.json());
    const rtt = received - sent;
    if (!best || rtt < best.rtt) best = { rtt, offset: now - (sent + received) / 2 };
  }
  return Math.round(best?.offset ?? 0);
}
