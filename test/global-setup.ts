import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * Runs once before the test workers start: builds the synth's bundle, which tests copy into
 * temporary repositories (test/synth-process.ts), so that no two workers build it at once.
 * Preflight's and the rehearsal's bundles are built by their scripts, cached, where a test first
 * runs them: built here they held every worker back for a second on a cold checkout.
 */
export default function buildBundles(): void {
  const root = join(__dirname, '..');
  const script = `import('./scripts/build.mjs').then(({ bundle }) => bundle('main.ts', 'synth'))`;
  const build = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`building the synth bundle failed:\n${build.stderr}`);
}
