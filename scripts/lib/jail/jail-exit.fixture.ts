// Run by jail-exit.test.ts in a process of its own: starts a jailed child on an endless loop,
// prints its pid, and exits while the loop runs (as validate does when its work is done).
import { jsHarnessBundle } from './jail-bundle';
import { spawnJail } from './spawn-jail';

const jail = spawnJail({ bundle: jsHarnessBundle(), args: ['sandbox'] });
await jail.ready;
void jail
  .call('load', [
    {
      code: 'for (;;) {}',
      language: 'js',
      entry: {
        kind: 'function',
        name: 'f',
        params: [],
        returns: { type: 'number', shape: 'json' },
      },
    },
  ])
  .catch(() => undefined);
console.log(String(jail.pid));
setTimeout(() => process.exit(0), 300);
