/**
 * Entry of the jailed child for JavaScript/TypeScript (bundled into one file by
 * jail-bundle.ts). Role "sandbox" serves the same harness as the browser's Web
 * Worker; role "problem" serves checker.js and generator.js. When a start-up
 * snapshot is built from the bundle (jail-snapshot.ts), the modules are evaluated
 * and `main` is registered to run in each restored child instead of now.
 */
// First: no timer may be left pending in a snapshot (see snapshot-timers.ts), and the harness
// captures `Function` when it loads (see jail-function.ts).
import './snapshot-timers';
import './jail-function';
import { startupSnapshot } from 'node:v8';
import { createSandbox } from '../../../src/runner/harness/sandbox';
import { warmUpSandbox, type DryRunProgram } from '../../../src/runner/harness/warm-up';
import { startJail, type JailMethods } from './jail-runtime';
import { createProblemCode } from './problem-code';

function main(): void {
  const role = process.argv[2];
  startJail((): JailMethods => {
    if (role === 'problem') return createProblemCode();
    return {
      ...createSandbox(),
      ping: () => 'pong',
      warmUp: (program?: DryRunProgram) => warmUpSandbox(createSandbox, program),
    };
  });
}

if (startupSnapshot.isBuildingSnapshot()) startupSnapshot.setDeserializeMainFunction(main);
else main();
