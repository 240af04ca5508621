import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * Runs once before the test workers start: builds the synth bundle the process tests run, so
 * suites running side by side do not each build it.
 */
export default function buildBundleOnce(): void {
  const root = join(__dirname, '..');
  execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root });
}
