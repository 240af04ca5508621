import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * Runs once before the test workers start: builds the synth bundle the process tests run and
 * runs it once (`--check`), which fills the caches every worker would otherwise fill on its own
 * (the bundle's and the validators' V8 code caches, the set of objects that passed validation).
 * Its outcome is not a test result: the suites assert everything it could find.
 */
export default function warmCaches(): void {
  const root = join(__dirname, '..');
  spawnSync(process.execPath, [join(root, 'scripts/build.mjs'), '--run', '--check'], { cwd: root, stdio: 'ignore' });
}
