import { createContext, useContext, useEffect, useState } from 'react';
import type { ReactNode } from 'react';

/** Where the assessment UI reads the time: the system clock in the app, a hand-driven one in tests. */
export interface Clock {
  now(): number;
  /** Calls `onTick` regularly (or whenever a test moves time); returns the unsubscribe. */
  subscribe(onTick: () => void): () => void;
}

// A quarter-second tick keeps mm:ss from skipping a second when ticks drift.
const systemClock: Clock = {
  now: () => Date.now(),
  subscribe(onTick) {
    const id = setInterval(onTick, 250);
    return () => clearInterval(id);
  },
};

const ClockContext = createContext<Clock>(systemClock);

/** Lets tests replace the clock for everything below. */
export function AssessmentClockProvider({
  clock,
  children,
}: {
  clock: Clock;
  children: ReactNode;
}) {
  return <ClockContext value={clock}>{children}</ClockContext>;
}

/** The clock itself, for handlers that need "now" once. */
export function useClock(): Clock {
  return useContext(ClockContext);
}

/** The current time, re-rendering on every tick. Use it only in small components. */
export function useNow(): number {
  const clock = useClock();
  const [now, setNow] = useState(() => clock.now());
  useEffect(() => clock.subscribe(() => setNow(clock.now())), [clock]);
  return now;
}
