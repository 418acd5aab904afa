// Runs once before the unit test files (vite.config.ts → test.globalSetup).
import { jsHarnessBundle } from '../scripts/lib/jail/jail-bundle';
import { jailSnapshot } from '../scripts/lib/jail/jail-snapshot';
import { jailV8Flags } from '../scripts/lib/jail/spawn-jail';

/**
 * Builds the JavaScript jail's start-up snapshot (scripts/lib/jail/jail-snapshot.ts) here, so
 * that on a fresh clone no test file pays for the build inside a test's time limit, and the
 * test processes do not each build it at once. Later runs find it cached.
 */
export default function setup(): void {
  jailSnapshot(jsHarnessBundle(), jailV8Flags({}));
}
