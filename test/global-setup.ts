import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * Runs once before the test workers start: builds the bundles the process tests run (the synth's,
 * and preflight's two), so that no two workers build one at once and no test runs a stale one.
 */
export default function buildBundles(): void {
  const root = join(__dirname, '..');
  const script = `import('./scripts/build.mjs').then(({ bundle }) => Promise.all([bundle('main.ts', 'synth'), bundle('preflight/reachable.ts', 'preflight-reachable'), bundle('preflight/main.ts', 'preflight')]))`;
  const build = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`building the bundles failed:\n${build.stderr}`);
}
