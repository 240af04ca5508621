import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * Runs once before the test workers start: builds the synth bundle (`.build/synth.js`) that the
 * process tests run, so that no two workers build it at once and no test runs a stale one.
 */
export default function buildSynthBundle(): void {
  const root = join(__dirname, '..');
  const build = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`building the synth bundle failed:\n${build.stderr}`);
}
