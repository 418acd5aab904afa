import { useEffect, useState } from 'react';

/**
 * Date.now(), re-read every `everyMs`: the interviewer window's clock. It only displays the
 * candidate's countdown (the candidate's window ends the round), so a coarse tick is enough.
 */
export function useNow(everyMs = 500): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(id);
  }, [everyMs]);
  return now;
}
